/**
 * JMH benchmarks, run outside {@code mvn test}. Start with {@link
 * org.redflag.bench.ScreeningBenchmark} (single-name screening) and {@link
 * org.redflag.bench.IndexBuildBenchmark}; build and run with {@code ./mvnw -q -pl bench -am package
 * -DskipTests && java -jar bench/target/benchmarks.jar}.
 */
@NullMarked
package org.redflag.bench;

import org.jspecify.annotations.NullMarked;
