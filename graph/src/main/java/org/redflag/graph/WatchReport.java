package org.redflag.graph;

import java.util.List;

/**
 * New events for a saved watch since it was last reported.
 *
 * @param target the watched global id
 * @param label what the analyst asked to watch
 * @param events the new events
 */
public record WatchReport(String target, String label, List<CorroboratedEvent> events) {
  public WatchReport {
    events = List.copyOf(events);
  }
}
