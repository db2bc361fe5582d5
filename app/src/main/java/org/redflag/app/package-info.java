/**
 * The command line: one class per subcommand, wired in {@link org.redflag.app.RedflagCommand}.
 * Start with {@link org.redflag.app.AnalyzeCommand}; {@link org.redflag.app.Main} is the entry
 * point.
 */
@NullMarked
package org.redflag.app;

import org.jspecify.annotations.NullMarked;
