package org.mekong.mpm.indicators;

import static org.mekong.mpm.indicators.Rule.perCase;
import static org.mekong.mpm.indicators.Rule.perEvent;

import java.util.List;

/**
 * The 33 rules of the framework ({@code spec/indicators.md}), one per indicator, each written to
 * be read next to its line of the spec. Expressions run over a case journey (see
 * {@code CaseJourneys}); {@code e} is the member event, {@code x} any other event of the case.
 */
final class IndicatorRules {
  private IndicatorRules() {}

  // ---------- terms
  /** An identified victim: identified here, with a VICTIM or PRESUMED_VICTIM decision. */
  private static final String VICTIM = "case_type = 'IDENTIFIED_HERE' AND id_date IS NOT NULL";
  /** A returnee: formally returned, with a reception. */
  private static final String RETURNEE = "case_type = 'RETURNEE' AND reception IS NOT NULL";
  private static final String CHILD = "age_group = 'CHILD'";

  private static String is(String type) {
    return "e.event_type = '" + type + "'";
  }

  private static String flag(String f) {
    return "array_contains(e.flags, '" + f + "')";
  }

  /** Some event x of the case satisfies the condition. */
  private static String any(String condition) {
    return "exists(events, x -> " + condition + ")";
  }

  private static String plus(String date, int days) {
    return "date_add(" + date + ", " + days + ")";
  }

  /** Not deceased by d: no CASE_CLOSED DECEASED dated on or before d (also before reception). */
  private static String aliveAt(String d) {
    return "(death IS NULL OR death > " + d + ")";
  }

  private static String visitIn(String from, String to) {
    return any("x.event_type = 'FOLLOW_UP_VISIT' AND x.event_date > " + from
        + " AND x.event_date <= " + to);
  }

  /** A detention episode (DETAINED d, ended by the first DETENTION_ENDED dated ≥ d) open after the date. */
  private static String detainedAfter(String date) {
    return any("x.event_type = 'DETAINED' AND coalesce(array_min(transform(filter(events, y -> "
        + "y.event_type = 'DETENTION_ENDED' AND y.event_date >= x.event_date), y -> y.event_date)) > "
        + date + ", true)");
  }

  private static String offeredBy(String service, String by) {
    return any("x.event_type = 'SERVICE' AND x.detail = '" + service + "' AND x.event_date <= " + by);
  }

  private static final String NOTIFIED_BEFORE_DEPARTURE =
      any("x.event_type = 'RETURN_NOTIFIED' AND x.cp = e.cp AND x.event_date < e.event_date");
  private static final String FILE_TRANSFERRED_BY_DEPARTURE =
      any("x.event_type = 'CASE_FILE_TRANSFERRED' AND x.cp = e.cp AND x.event_date <= e.event_date");
  private static final String ASSESSED_BY_DEPARTURE =
      any("x.event_type = 'FAMILY_ASSESSMENT' AND x.detail = 'SUITABLE' AND x.event_date <= e.event_date")
          + " AND " + any("x.event_type = 'RISK_ASSESSMENT' AND x.event_date <= e.event_date");
  private static final String REQUEST_BEFORE_VERIFICATION =
      "x.event_type = 'NATIONALITY_REQUESTED' AND x.cp = e.cp AND x.event_date <= e.event_date";

  static final List<Rule> ALL = List.of(
      // ---------- II identification
      perCase("IDN-01", "case_type = 'IDENTIFIED_HERE' AND screen IS NOT NULL AND decision >= screen",
          "decision", null, null, "datediff(decision, screen)"),
      perCase("IDN-02", "case_type = 'IDENTIFIED_HERE' AND screen IS NOT NULL",
          "screen", plus("screen", 30), "decision BETWEEN screen AND " + plus("screen", 30), null),
      perCase("IDN-03", VICTIM, "id_date", plus("id_date", 2), detainedAfter(plus("id_date", 2)), null),
      perEvent("IDN-04", is("INTERVIEWED") + " AND " + CHILD, null, "NULL",
          flag("SUPPORT_PERSON") + " AND " + flag("CHILD_SENSITIVE"), null),
      perEvent("IDN-05", is("INTERVIEWED") + " AND is_foreign", null, "NULL", flag("INTERPRETER"), null),
      perEvent("IDN-06", is("INFO_SHARED"), null, "e.cp", flag("CONSENT"), null),
      // ---------- III care
      perCase("CARE-01", VICTIM, "id_date", plus("id_date", 14),
          any("x.event_type = 'RECOVERY_PLAN' AND array_contains(x.flags, 'VICTIM_PARTICIPATED')"
              + " AND x.event_date <= " + plus("id_date", 14)), null),
      perCase("CARE-02-ACC", VICTIM, "id_date", plus("id_date", 30),
          offeredBy("ACCOMMODATION", plus("id_date", 30)), null),
      perCase("CARE-02-MED", VICTIM, "id_date", plus("id_date", 30),
          offeredBy("MEDICAL", plus("id_date", 30)), null),
      perCase("CARE-02-PSY", VICTIM, "id_date", plus("id_date", 30),
          offeredBy("PSYCHOSOCIAL", plus("id_date", 30)), null),
      perCase("CARE-02-LEG", VICTIM, "id_date", plus("id_date", 30),
          offeredBy("LEGAL", plus("id_date", 30)), null),
      perEvent("CARE-03", is("PLACEMENT") + " AND " + CHILD, null, "NULL", "e.detail = 'INSTITUTION'", null),
      // ---------- IV best interests
      perCase("BID-01", VICTIM + " AND is_foreign", "id_date", plus("id_date", 7),
          any("x.event_type = 'CASE_MANAGER_ASSIGNED' AND x.event_date <= " + plus("id_date", 7)), null),
      perEvent("BID-02", is("NATIONALITY_VERIFIED") + " AND " + any(REQUEST_BEFORE_VERIFICATION),
          null, "e.cp", null,
          "datediff(e.event_date, array_max(transform(filter(events, x -> "
              + REQUEST_BEFORE_VERIFICATION + "), x -> x.event_date)))"),
      perEvent("BID-03", is("RETURN_DEPARTED") + " AND " + CHILD, null, "e.cp", ASSESSED_BY_DEPARTURE, null),
      perEvent("BID-04", is("BEST_INTEREST_DETERMINATION"), null, "NULL", flag("VICTIM_PARTICIPATED"), null),
      // ---------- Return
      perEvent("RET-01", is("RETURN_DEPARTED"), null, "e.cp", NOTIFIED_BEFORE_DEPARTURE, null),
      perEvent("RET-02", is("RETURN_DEPARTED") + " AND " + CHILD, null, "e.cp", flag("ESCORTED"), null),
      perEvent("RET-03", is("RETURN_DEPARTED"), null, "e.cp", FILE_TRANSFERRED_BY_DEPARTURE, null),
      perEvent("RET-04", "e.event_type IN ('RETURN_DEPARTED', 'RECEIVED')", null, "e.cp",
          flag("MEDIA_PRESENT"), null),
      perEvent("RET-05", is("RETURN_DEPARTED"), null, "e.cp",
          NOTIFIED_BEFORE_DEPARTURE + " AND " + FILE_TRANSFERRED_BY_DEPARTURE
              + " AND NOT " + flag("MEDIA_PRESENT")
              + " AND (age_group <> 'CHILD' OR (" + flag("ESCORTED") + " AND " + ASSESSED_BY_DEPARTURE + "))",
          null),
      perEvent("RET-06", is("RETURN_DEPARTED") + " AND " + VICTIM + " AND id_date <= e.event_date",
          null, "e.cp", null, "datediff(e.event_date, id_date)"),
      perEvent("RET-07", is("RETURN_DEPARTED") + " AND e.o7", null, "e.cp", "e.m7", null),
      // ---------- V reintegration
      perCase("REI-01", RETURNEE, "reception", plus("reception", 60),
          any("x.event_type = 'REINTEGRATION_PLAN' AND array_contains(x.flags, 'VICTIM_PARTICIPATED')"
              + " AND x.event_date BETWEEN reception AND " + plus("reception", 60)), null),
      perCase("REI-02", RETURNEE + " AND " + aliveAt(plus("reception", 90)),
          plus("reception", 90), null, visitIn("reception", plus("reception", 90)), null),
      perCase("REI-03", RETURNEE + " AND " + aliveAt(plus("reception", 365)),
          plus("reception", 365), null,
          visitIn("reception", plus("reception", 90)) + " AND "
              + visitIn(plus("reception", 90), plus("reception", 180)) + " AND "
              + visitIn(plus("reception", 180), plus("reception", 365)), null),
      perCase("REI-04", RETURNEE + " AND " + aliveAt(plus("reception", 365)),
          plus("reception", 365), null,
          "exists(retraf_dates, d -> d > reception AND d <= " + plus("reception", 365) + ")", null),
      perCase("REI-05", "case_type = 'SELF_RETURNED' AND first_event IS NOT NULL",
          "first_event", plus("first_event", 90),
          any("x.event_type = 'SERVICE' AND x.event_date BETWEEN first_event AND "
              + plus("first_event", 90)), null),
      perCase("REI-06", RETURNEE, plus("reception", 180), null,
          any("(x.event_type IN ('LEGAL_INFO', 'COMPENSATION_CLAIM')"
              + " OR (x.event_type = 'SERVICE' AND x.detail = 'LEGAL'))"
              + " AND x.event_date BETWEEN reception AND " + plus("reception", 180)), null),
      perEvent("RET-08", is("RECEIVED") + " AND e.o8", null, "e.cp", "e.m8", null),
      // ---------- volumes
      perCase("VOL-01", VICTIM, "id_date", null, null, null),
      perEvent("VOL-02", is("RETURN_DEPARTED"), null, "e.cp", null, null),
      perEvent("VOL-03", is("RECEIVED") + " AND case_type = 'RETURNEE'", null, "e.cp", null, null));
}
