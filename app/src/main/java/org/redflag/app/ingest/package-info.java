/**
 * Ingestion: inputs read, analyzed in parallel and written to the store, skipping what the store
 * already holds so that a re-run after a crash continues where it stopped. Start with {@link
 * org.redflag.app.ingest.Ingest}.
 */
@NullMarked
package org.redflag.app.ingest;

import org.jspecify.annotations.NullMarked;
