package org.redflag.graph;

/**
 * What a resolution did.
 *
 * @param entities stored (per-document) entities considered
 * @param globalEntities global entities they form
 * @param changed stored entities whose global entity changed
 * @param decisions analyst decisions applied
 */
public record Resolution(int entities, int globalEntities, int changed, int decisions) {}
