package org.redflag.store;

/**
 * Row counts of a store.
 *
 * @param schemaVersion the schema version (the last migration applied)
 * @param documents documents stored (near-duplicates count once)
 * @param sources copies received: every file or URL a stored document came from
 * @param entities entities, one per document that mentions them
 * @param globalEntities distinct global entities after cross-document resolution
 * @param mentions mentions of entities
 * @param listLinks watchlist entries matched by stored entities
 * @param dates date expressions
 * @param events coded events
 * @param claims assertions of events by a source (the author or someone quoted), with certainty
 */
public record StoreStatus(
    int schemaVersion,
    long documents,
    long sources,
    long entities,
    long globalEntities,
    long mentions,
    long listLinks,
    long dates,
    long events,
    long claims) {}
