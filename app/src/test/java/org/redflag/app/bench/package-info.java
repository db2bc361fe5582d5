/** Measurements run by hand, outside {@code mvn test}: ingestion throughput and query latency. */
@NullMarked
package org.redflag.app.bench;

import org.jspecify.annotations.NullMarked;
