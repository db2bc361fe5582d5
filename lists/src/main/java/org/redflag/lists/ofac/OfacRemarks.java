package org.redflag.lists.ofac;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.lists.parse.Countries;
import org.redflag.lists.parse.Dates;
import org.redflag.model.WatchlistEntry;

/**
 * Pulls structured facts out of OFAC's remarks column, whose parts are separated by {@code ;}:
 * {@code DOB 30 Aug 1954; POB Kopys, Vitebsk oblast, Belarus; nationality Belarus; Passport
 * MP2499155 (Belarus); a.k.a. 'BNC'}. Parts that are not recognised are left in the remarks text.
 */
final class OfacRemarks {
  private static final Pattern ALT = Pattern.compile("^(?:alt\\.\\s+)?");
  private static final Pattern WEAK_ALIAS =
      Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s+'(.+)'\\.?$");
  private static final Pattern DOB = Pattern.compile("^DOB\\s+(.+?)\\.?$");
  private static final Pattern POB = Pattern.compile("^POB\\s+(.+?)\\.?$");
  private static final Pattern NATIONALITY =
      Pattern.compile("^(?:nationality|citizen|Nationality of Registration)\\s+(.+?)\\.?$");
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "^(Passport|National ID No\\.|Cedula No\\.|Tax ID No\\.|Identification Number|"
              + "Registration ID|Registration Number|Company Number|Business Registration Number|"
              + "Vessel Registration Identification IMO|IMO|MMSI|SWIFT/BIC|NIT #|RFC|C\\.U\\.R\\.P\\.|"
              + "R\\.F\\.C\\.|D\\.N\\.I\\.|Unified Social Credit Code \\(USCC\\)|"
              + "Aircraft Manufacturer's Serial Number \\(MSN\\))\\s+([^\\s;()]+)"
              + "(?:\\s+\\(([^)]+)\\))?");
  private static final Map<String, String> DOCUMENT_TYPES =
      Map.ofEntries(
          Map.entry("Passport", "passport"),
          Map.entry("National ID No.", "nationalId"),
          Map.entry("Cedula No.", "nationalId"),
          Map.entry("D.N.I.", "nationalId"),
          Map.entry("C.U.R.P.", "nationalId"),
          Map.entry("Tax ID No.", "taxId"),
          Map.entry("NIT #", "taxId"),
          Map.entry("RFC", "taxId"),
          Map.entry("R.F.C.", "taxId"),
          Map.entry("Identification Number", "idNumber"),
          Map.entry("Registration ID", "registrationNumber"),
          Map.entry("Registration Number", "registrationNumber"),
          Map.entry("Company Number", "registrationNumber"),
          Map.entry("Business Registration Number", "registrationNumber"),
          Map.entry("Unified Social Credit Code (USCC)", "registrationNumber"),
          Map.entry("Vessel Registration Identification IMO", "imo"),
          Map.entry("IMO", "imo"),
          Map.entry("MMSI", "mmsi"),
          Map.entry("SWIFT/BIC", "swiftBic"),
          Map.entry("Aircraft Manufacturer's Serial Number (MSN)", "msn"));

  private OfacRemarks() {}

  /** Adds to {@code entry} what the remarks say; returns nothing, the remarks text stays whole. */
  static void apply(String remarks, WatchlistEntry.Builder entry) {
    for (String raw : remarks.split(";")) {
      String part = ALT.matcher(raw.strip()).replaceFirst("");
      if (part.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = WEAK_ALIAS.matcher(part)).matches()) {
        entry.alias(m.group(1).strip(), true);
      } else if ((m = DOB.matcher(part)).matches()) {
        Dates.parseAll(m.group(1)).forEach(entry::birthDate);
      } else if ((m = POB.matcher(part)).matches()) {
        entry.birthPlace(m.group(1).strip());
      } else if ((m = NATIONALITY.matcher(part)).matches()) {
        entry.country(Countries.codeOrName(m.group(1)));
      } else if ((m = DOCUMENT.matcher(part)).lookingAt()) {
        String country = m.group(3);
        entry.identifier(
            DOCUMENT_TYPES.getOrDefault(m.group(1), "id"),
            m.group(2),
            country == null ? null : Countries.codeOrName(country));
      }
    }
  }
}
