/**
 * The HTTP API and the web workbench: {@link org.redflag.app.http.App#create} builds the server
 * that {@code redflag serve} runs and tests start on a random port. Routes are registered in code
 * ({@code Api}, {@code YenteMatch}); every failure is mapped once to a JSON error ({@code Errors});
 * the workbench is static files under {@code /web} on the classpath.
 */
@NullMarked
package org.redflag.app.http;

import org.jspecify.annotations.NullMarked;
