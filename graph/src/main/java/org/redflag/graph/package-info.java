/**
 * Cross-document analysis over the store: entities resolved into global entities (honouring
 * analysts' merge and split decisions), events corroborated across reports, profiles, networks,
 * paths and circumvention routes. Start with {@link org.redflag.graph.Knowledge#over}.
 */
@NullMarked
package org.redflag.graph;

import org.jspecify.annotations.NullMarked;
