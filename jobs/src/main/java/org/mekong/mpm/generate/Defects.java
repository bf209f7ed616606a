package org.mekong.mpm.generate;

import java.util.List;
import java.util.Set;

/**
 * Deliberate export mistakes, so the data-quality views have content: a few rejected rows in some countries,
 * a few warnings in others, always far below the 5 % that would reject a submission.
 */
final class Defects {
  static final Set<String> ROW_DEFECTS = Set.of("KHM", "LAO", "MMR");
  static final Set<String> WARNINGS = Set.of("THA", "VNM", "KHM", "MMR", "CHN");
  private static final Set<String> WITH_COUNTERPART = Set.of("INFO_SHARED", "NATIONALITY_REQUESTED",
      "NATIONALITY_VERIFIED", "RETURN_NOTIFIED", "CASE_FILE_TRANSFERRED", "RETURN_DEPARTED", "RECEIVED");
  private static final double ROW_DEFECT_RATE = 0.008;
  private static final double WARNING_RATE = 0.015;

  private Defects() {}

  /** Possibly spoils the rows of one case; an orphan event goes to {@code orphans}. */
  static void apply(String country, CaseRows rows, List<String[]> orphans, Dice dice) {
    if (ROW_DEFECTS.contains(country) && dice.chance(ROW_DEFECT_RATE)) rowDefect(country, rows, orphans, dice);
    if (WARNINGS.contains(country) && dice.chance(WARNING_RATE)) warning(rows, dice);
  }

  private static void rowDefect(String country, CaseRows rows, List<String[]> orphans, Dice dice) {
    List<String[]> events = rows.eventRows;
    if (events.isEmpty()) return;
    String[] e = events.get(dice.between(0, events.size() - 1));
    switch (dice.weighted(new double[] {3, 3, 3, 2, 2, 2, 1, 0.5})) {
      case 0 -> { // BAD_ENUM: an export that strips the underscores of a code
        if (e[1].contains("_")) e[1] = e[1].replace("_", "");
        else e[1] = e[1] + "S";
      }
      case 1 -> e[2] = e[2].substring(0, 4) + "-02-30"; // BAD_DATE
      case 2 -> { // ORPHAN_EVENT: a mistyped case id (letter O for zero) that matches no case
        String[] orphan = e.clone();
        orphan[0] = orphan[0].substring(0, orphan[0].length() - 1) + "O";
        orphans.add(orphan);
      }
      case 3 -> { // COUNTERPART_MISSING, or DETAIL_MISSING where the event has no counterpart
        if (WITH_COUNTERPART.contains(e[1])) e[4] = null;
        else if (e[3] != null) e[3] = null;
        else e[4] = country; // COUNTERPART_FORBIDDEN
      }
      case 4 -> { // COUNTERPART_FORBIDDEN: the office's own country as counterpart
        if (WITH_COUNTERPART.contains(e[1])) e[4] = country;
        else e[4] = "THA".equals(country) ? "MMR" : "THA";
      }
      case 5 -> e[2] = "1999-12-31"; // DATE_OUT_OF_RANGE
      case 6 -> e[3] = e[3] == null ? "UNKNOWN" : e[3] + "S"; // DETAIL_FORBIDDEN or BAD_ENUM
      default -> rows.caseRow[2] = "W"; // BAD_ENUM on the case: its events become orphans
    }
  }

  private static void warning(CaseRows rows, Dice dice) {
    List<String[]> events = rows.eventRows;
    switch (dice.between(0, 2)) {
      case 0 -> { // FLAG_NOT_APPLICABLE
        for (String[] e : events) {
          if (e[1].equals("SERVICE") || e[1].equals("SCREENED")) {
            e[5] = e[5] == null ? "CONSENT" : e[5] + ";CONSENT";
            return;
          }
        }
      }
      case 1 -> { // EVENT_ORDER: a release recorded without the detention
        if (events.removeIf(e -> e[1].equals("DETAINED"))) return;
        if (!events.isEmpty()) {
          String[] first = events.get(0);
          events.add(1, new String[] {first[0], "DETENTION_ENDED", first[2], null, null, null});
        }
      }
      default -> events.clear(); // CASE_WITHOUT_EVENTS: the case row exported, its events not
    }
  }
}
