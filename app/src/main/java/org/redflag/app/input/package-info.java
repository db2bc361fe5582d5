/**
 * Turns what the user names on the command line (files, directories, URLs, standard input) into
 * {@link org.redflag.model.Document}s, within explicit limits. Start with {@link
 * org.redflag.app.input.Inputs}.
 */
@NullMarked
package org.redflag.app.input;

import org.jspecify.annotations.NullMarked;
