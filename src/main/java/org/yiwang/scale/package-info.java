/**
 * Province-scale data for benchmarks and load tests: a catalogue of 100,000 published items across
 * the departments of 20 cities and 1 million (or 10 million) completed cases with their tasks,
 * timelines and e-licenses, generated deterministically from a seed and loaded in bulk.
 *
 * <p>Off unless {@code yiwang.scale.generate=true}. For speed it writes the catalogue, account,
 * case and finished-task tables directly with JDBC batches, as a data migration would; the
 * licenses go through the license library, which signs them.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Scale data",
    allowedDependencies = {"shared", "catalog", "license"})
package org.yiwang.scale;
