package org.redflag.graph;

import java.util.List;

/**
 * Entities around a centre and the ties between them.
 *
 * @param centre the entity asked about
 * @param nodes every entity reached, the centre first
 * @param edges ties between them
 */
public record Network(GlobalEntity centre, List<GlobalEntity> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A tie between two entities.
   *
   * @param a one global id
   * @param b the other global id
   * @param documents documents mentioning both
   */
  public record Edge(String a, String b, int documents) {}
}
