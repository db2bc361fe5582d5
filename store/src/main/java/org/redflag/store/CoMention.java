package org.redflag.store;

/**
 * A global entity mentioned alongside another.
 *
 * @param cluster the other global entity
 * @param documents how many documents mention both
 */
public record CoMention(String cluster, int documents) {}
