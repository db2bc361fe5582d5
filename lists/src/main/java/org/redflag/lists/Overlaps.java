package org.redflag.lists;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.model.WatchlistEntry;

/**
 * Removes the rows of the US Consolidated Screening List that repeat a source read on its own in
 * the same snapshot, so one listed party gives one hit (see {@code
 * docs/decisions/0002-bundled-snapshot.md}).
 *
 * <p>A CSL row from an OFAC list ({@code SDN}, {@code SSI}, {@code FSE}, ...) is dropped when
 * {@code ofac-sdn} or {@code ofac-cons} has an entry with the same OFAC entity number; rows of
 * designations newer than the OFAC files stay. CSL {@code DPL} rows are dropped when {@code
 * bis-dpl} is in the snapshot (DPL rows carry no id to compare).
 */
final class Overlaps {
  private static final Set<String> OFAC_LISTS =
      Set.of("SDN", "SSI", "FSE", "PLC", "CAP", "NS-MBS", "CMIC");

  private Overlaps() {}

  /** The OFAC entity number in a CSL id such as {@code SDN-9760} or {@code SSI-17013#2}. */
  private static String entityNumber(WatchlistEntry e) {
    String id = e.sourceId();
    int dash = id.lastIndexOf('-');
    int hash = id.indexOf('#');
    return id.substring(dash + 1, hash < 0 ? id.length() : hash);
  }

  static Map<Source, List<WatchlistEntry>> removeDuplicates(Map<Source, List<WatchlistEntry>> in) {
    List<WatchlistEntry> csl = in.get(Source.US_CSL);
    if (csl == null) {
      return in;
    }
    Set<String> ofacIds = new HashSet<>();
    for (Source s : List.of(Source.OFAC_SDN, Source.OFAC_CONS)) {
      in.getOrDefault(s, List.of()).forEach(e -> ofacIds.add(e.sourceId()));
    }
    boolean dpl = in.containsKey(Source.BIS_DPL);
    Map<Source, List<WatchlistEntry>> out = new LinkedHashMap<>(in);
    out.put(
        Source.US_CSL,
        csl.stream()
            .filter(
                e -> {
                  String list = e.programs().isEmpty() ? "" : e.programs().get(0);
                  return !(OFAC_LISTS.contains(list) && ofacIds.contains(entityNumber(e)))
                      && !(dpl && list.equals("DPL"));
                })
            .toList());
    return out;
  }
}
