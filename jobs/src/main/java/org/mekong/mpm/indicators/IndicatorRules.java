package org.mekong.mpm.indicators;

import static org.mekong.mpm.indicators.Journey.NONE;
import static org.mekong.mpm.indicators.Journey.has;

import java.util.List;
import org.mekong.mpm.indicators.Journey.Event;

/**
 * The 33 rules of the framework ({@code spec/indicators.md}), one method per indicator, each written
 * to be read next to its line of the spec: population, reference date, window end, numerator or
 * value. "within N days after X" is X ≤ date ≤ X + N; "by X" has no lower bound.
 */
final class IndicatorRules {
  private IndicatorRules() {}

  static final List<Rule> ALL = List.of(
      new Rule("IDN-01", IndicatorRules::idn01),
      new Rule("IDN-02", IndicatorRules::idn02),
      new Rule("IDN-03", IndicatorRules::idn03),
      new Rule("IDN-04", IndicatorRules::idn04),
      new Rule("IDN-05", IndicatorRules::idn05),
      new Rule("IDN-06", IndicatorRules::idn06),
      new Rule("CARE-01", IndicatorRules::care01),
      new Rule("CARE-02-ACC", (j, out) -> care02(j, out, "ACCOMMODATION")),
      new Rule("CARE-02-MED", (j, out) -> care02(j, out, "MEDICAL")),
      new Rule("CARE-02-PSY", (j, out) -> care02(j, out, "PSYCHOSOCIAL")),
      new Rule("CARE-02-LEG", (j, out) -> care02(j, out, "LEGAL")),
      new Rule("CARE-03", IndicatorRules::care03),
      new Rule("BID-01", IndicatorRules::bid01),
      new Rule("BID-02", IndicatorRules::bid02),
      new Rule("BID-03", IndicatorRules::bid03),
      new Rule("BID-04", IndicatorRules::bid04),
      new Rule("RET-01", IndicatorRules::ret01),
      new Rule("RET-02", IndicatorRules::ret02),
      new Rule("RET-03", IndicatorRules::ret03),
      new Rule("RET-04", IndicatorRules::ret04),
      new Rule("RET-05", IndicatorRules::ret05),
      new Rule("RET-06", IndicatorRules::ret06),
      new Rule("RET-07", IndicatorRules::ret07),
      new Rule("REI-01", IndicatorRules::rei01),
      new Rule("REI-02", IndicatorRules::rei02),
      new Rule("REI-03", IndicatorRules::rei03),
      new Rule("REI-04", IndicatorRules::rei04),
      new Rule("REI-05", IndicatorRules::rei05),
      new Rule("REI-06", IndicatorRules::rei06),
      new Rule("RET-08", IndicatorRules::ret08),
      new Rule("VOL-01", IndicatorRules::vol01),
      new Rule("VOL-02", IndicatorRules::vol02),
      new Rule("VOL-03", IndicatorRules::vol03));

  /** The rule of an indicator. */
  static Rule rule(String indicatorId) {
    return ALL.stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule for " + indicatorId));
  }

  // ---------- II identification

  /** IDN-01: identified-here cases with screen and decision ≥ screen · decision · median of decision − screen. */
  static void idn01(Journey j, Rule.Members out) {
    if ("IDENTIFIED_HERE".equals(j.caseType) && has(j.screen) && has(j.decision) && j.decision >= j.screen) {
      out.days(j.decision, null, j.decision - j.screen);
    }
  }

  /** IDN-02: IDENTIFIED_HERE cases with screen · screen · screen + 30 · decision within 30 days after screen. */
  static void idn02(Journey j, Rule.Members out) {
    if ("IDENTIFIED_HERE".equals(j.caseType) && has(j.screen)) {
      out.percent(j.screen, j.screen + 30, null,
          has(j.decision) && j.decision >= j.screen && j.decision <= j.screen + 30);
    }
  }

  /** IDN-03: identified victims · id · id + 2 · a detention episode ends after id + 2 or is still open. */
  static void idn03(Journey j, Rule.Members out) {
    if (j.victim()) out.percent(j.idDate, j.idDate + 2, null, j.detainedAfter(j.idDate + 2));
  }

  /** IDN-04: INTERVIEWED events of CHILD cases · flags SUPPORT_PERSON and CHILD_SENSITIVE. */
  static void idn04(Journey j, Rule.Members out) {
    if (!j.child()) return;
    for (Event e : j.events) {
      if (e.is("INTERVIEWED")) {
        out.percent(e.date(), e.date(), null, e.flagged("SUPPORT_PERSON") && e.flagged("CHILD_SENSITIVE"));
      }
    }
  }

  /** IDN-05: INTERVIEWED events of foreign cases · flag INTERPRETER. */
  static void idn05(Journey j, Rule.Members out) {
    if (!j.foreign) return;
    for (Event e : j.events) {
      if (e.is("INTERVIEWED")) out.percent(e.date(), e.date(), null, e.flagged("INTERPRETER"));
    }
  }

  /** IDN-06 ⇄: INFO_SHARED events · flag CONSENT. */
  static void idn06(Journey j, Rule.Members out) {
    for (Event e : j.events) {
      if (e.is("INFO_SHARED")) out.percent(e.date(), e.date(), e.counterpart(), e.flagged("CONSENT"));
    }
  }

  // ---------- III care

  /** CARE-01: identified victims · id · id + 14 · a RECOVERY_PLAN with VICTIM_PARTICIPATED by id + 14. */
  static void care01(Journey j, Rule.Members out) {
    if (j.victim()) {
      out.percent(j.idDate, j.idDate + 14, null,
          j.anyFlagged("RECOVERY_PLAN", "VICTIM_PARTICIPATED", NONE, j.idDate + 14));
    }
  }

  /** CARE-02-*: identified victims · id · id + 30 · a SERVICE of the kind (provided or declined) by id + 30. */
  static void care02(Journey j, Rule.Members out, String service) {
    if (j.victim()) out.percent(j.idDate, j.idDate + 30, null, j.anyDetail("SERVICE", service, NONE, j.idDate + 30));
  }

  /** CARE-03: PLACEMENT events of CHILD cases · detail INSTITUTION. */
  static void care03(Journey j, Rule.Members out) {
    if (!j.child()) return;
    for (Event e : j.events) {
      if (e.is("PLACEMENT")) out.percent(e.date(), e.date(), null, "INSTITUTION".equals(e.detail()));
    }
  }

  // ---------- IV best interests

  /** BID-01: foreign identified victims · id · id + 7 · CASE_MANAGER_ASSIGNED by id + 7. */
  static void bid01(Journey j, Rule.Members out) {
    if (j.victim() && j.foreign) {
      out.percent(j.idDate, j.idDate + 7, null, j.any("CASE_MANAGER_ASSIGNED", NONE, j.idDate + 7));
    }
  }

  /**
   * BID-02 ⇄: NATIONALITY_VERIFIED events with an earlier-or-same-day NATIONALITY_REQUESTED to the same
   * counterpart · verification date · median of verification − the latest such request.
   */
  static void bid02(Journey j, Rule.Members out) {
    for (Event e : j.events) {
      if (!e.is("NATIONALITY_VERIFIED")) continue;
      int latest = NONE;
      for (Event x : j.events) {
        if (x.is("NATIONALITY_REQUESTED") && x.sameCounterpart(e) && x.date() <= e.date() && x.date() > latest) {
          latest = x.date();
        }
      }
      if (has(latest)) out.days(e.date(), e.counterpart(), e.date() - latest);
    }
  }

  /** BID-03 ⇄: RETURN_DEPARTED events of CHILD cases · FAMILY_ASSESSMENT SUITABLE and a RISK_ASSESSMENT by departure. */
  static void bid03(Journey j, Rule.Members out) {
    if (!j.child()) return;
    for (Event e : j.events) {
      if (e.is("RETURN_DEPARTED")) out.percent(e.date(), e.date(), e.counterpart(), assessedBy(j, e));
    }
  }

  /** BID-04: BEST_INTEREST_DETERMINATION events · flag VICTIM_PARTICIPATED. */
  static void bid04(Journey j, Rule.Members out) {
    for (Event e : j.events) {
      if (e.is("BEST_INTEREST_DETERMINATION")) out.percent(e.date(), e.date(), null, e.flagged("VICTIM_PARTICIPATED"));
    }
  }

  // ---------- Return

  /** RET-01 ⇄: RETURN_DEPARTED events · a RETURN_NOTIFIED to the same counterpart before the departure date. */
  static void ret01(Journey j, Rule.Members out) {
    for (Event e : departures(j)) out.percent(e.date(), e.date(), e.counterpart(), notifiedBefore(j, e));
  }

  /** RET-02 ⇄: RETURN_DEPARTED events of CHILD cases · flag ESCORTED. */
  static void ret02(Journey j, Rule.Members out) {
    if (!j.child()) return;
    for (Event e : departures(j)) out.percent(e.date(), e.date(), e.counterpart(), e.flagged("ESCORTED"));
  }

  /** RET-03 ⇄: RETURN_DEPARTED events · a CASE_FILE_TRANSFERRED to the same counterpart by the departure date. */
  static void ret03(Journey j, Rule.Members out) {
    for (Event e : departures(j)) out.percent(e.date(), e.date(), e.counterpart(), fileTransferredBy(j, e));
  }

  /** RET-04 ⇄: RETURN_DEPARTED and RECEIVED events · flag MEDIA_PRESENT. */
  static void ret04(Journey j, Rule.Members out) {
    for (Event e : j.events) {
      if (e.is("RETURN_DEPARTED") || e.is("RECEIVED")) {
        out.percent(e.date(), e.date(), e.counterpart(), e.flagged("MEDIA_PRESENT"));
      }
    }
  }

  /**
   * RET-05 ⇄: RETURN_DEPARTED events · RET-01 and RET-03 conditions hold, no MEDIA_PRESENT on the
   * departure, and for a CHILD also ESCORTED and the BID-03 condition.
   */
  static void ret05(Journey j, Rule.Members out) {
    for (Event e : departures(j)) {
      boolean safe = notifiedBefore(j, e) && fileTransferredBy(j, e) && !e.flagged("MEDIA_PRESENT")
          && (!j.child() || (e.flagged("ESCORTED") && assessedBy(j, e)));
      out.percent(e.date(), e.date(), e.counterpart(), safe);
    }
  }

  /** RET-06 ⇄: RETURN_DEPARTED events of identified victims with id ≤ departure · median of departure − id. */
  static void ret06(Journey j, Rule.Members out) {
    if (!j.victim()) return;
    for (Event e : departures(j)) {
      if (j.idDate <= e.date()) out.days(e.date(), e.counterpart(), e.date() - j.idDate);
    }
  }

  /**
   * RET-07 ⇄: RETURN_DEPARTED events whose counterpart has a current submission extracted at least 30
   * days after · a matching RECEIVED in the counterpart's submission (see CrossBorderMatches).
   */
  static void ret07(Journey j, Rule.Members out) {
    for (Event e : departures(j)) {
      if (e.departureObservable()) out.percent(e.date(), e.date(), e.counterpart(), e.departureConfirmed());
    }
  }

  /**
   * RET-08 ⇄: RECEIVED events whose counterpart has a current submission extracted at least a day
   * after · a matching RETURN_DEPARTED in the counterpart's submission.
   */
  static void ret08(Journey j, Rule.Members out) {
    for (Event e : j.events) {
      if (e.is("RECEIVED") && e.receptionObservable()) {
        out.percent(e.date(), e.date(), e.counterpart(), e.receptionMatched());
      }
    }
  }

  // ---------- V reintegration

  /** REI-01: returnees · reception · reception + 60 · a REINTEGRATION_PLAN with VICTIM_PARTICIPATED within 60 days. */
  static void rei01(Journey j, Rule.Members out) {
    if (j.returnee()) {
      int r = j.reception;
      out.percent(r, r + 60, null, j.anyFlagged("REINTEGRATION_PLAN", "VICTIM_PARTICIPATED", r, r + 60));
    }
  }

  /** REI-02: returnees not deceased by reception + 90 · reception + 90 · a FOLLOW_UP_VISIT in (r, r + 90]. */
  static void rei02(Journey j, Rule.Members out) {
    int r = j.reception;
    if (j.returnee() && j.aliveAt(r + 90)) out.percent(r + 90, r + 90, null, j.visitIn(r, r + 90));
  }

  /** REI-03: returnees not deceased by r + 365 · r + 365 · a visit in each of (r, r+90], (r+90, r+180], (r+180, r+365]. */
  static void rei03(Journey j, Rule.Members out) {
    int r = j.reception;
    if (j.returnee() && j.aliveAt(r + 365)) {
      out.percent(r + 365, r + 365, null,
          j.visitIn(r, r + 90) && j.visitIn(r + 90, r + 180) && j.visitIn(r + 180, r + 365));
    }
  }

  /** REI-04: returnees not deceased by r + 365 · r + 365 · re-trafficked in (r, r + 365]. */
  static void rei04(Journey j, Rule.Members out) {
    int r = j.reception;
    if (!j.returnee() || !j.aliveAt(r + 365)) return;
    boolean retrafficked = false;
    for (int d : j.retrafDates) retrafficked |= d > r && d <= r + 365;
    out.percent(r + 365, r + 365, null, retrafficked);
  }

  /** REI-05: SELF_RETURNED cases · first event · + 90 · a SERVICE (provided or declined) within 90 days. */
  static void rei05(Journey j, Rule.Members out) {
    if ("SELF_RETURNED".equals(j.caseType) && has(j.firstEvent)) {
      int f = j.firstEvent;
      out.percent(f, f + 90, null, j.any("SERVICE", f, f + 90));
    }
  }

  /** REI-06: returnees · reception + 180 · LEGAL_INFO, a SERVICE LEGAL or a COMPENSATION_CLAIM within 180 days. */
  static void rei06(Journey j, Rule.Members out) {
    if (!j.returnee()) return;
    int r = j.reception;
    boolean informed = j.any("LEGAL_INFO", r, r + 180) || j.anyDetail("SERVICE", "LEGAL", r, r + 180)
        || j.any("COMPENSATION_CLAIM", r, r + 180);
    out.percent(r + 180, r + 180, null, informed);
  }

  // ---------- volumes

  /** VOL-01: identified victims · id · count. */
  static void vol01(Journey j, Rule.Members out) {
    if (j.victim()) out.count(j.idDate, null);
  }

  /** VOL-02 ⇄: RETURN_DEPARTED events · count. */
  static void vol02(Journey j, Rule.Members out) {
    for (Event e : departures(j)) out.count(e.date(), e.counterpart());
  }

  /** VOL-03 ⇄: RECEIVED events of RETURNEE cases · count. */
  static void vol03(Journey j, Rule.Members out) {
    if (!"RETURNEE".equals(j.caseType)) return;
    for (Event e : j.events) {
      if (e.is("RECEIVED")) out.count(e.date(), e.counterpart());
    }
  }

  // ---------- beyond the quarterly rate: time to re-trafficking

  /** One returnee's follow-up for the Kaplan–Meier table: its reception, days followed, and whether it ended in the event. */
  record Followed(int reception, int time, boolean event) {}

  /**
   * Time to re-trafficking: returnees not deceased before their reception · days from reception to
   * the first re-trafficking after it (as REI-04 counts one), or to censoring at the extract date or
   * death, whichever comes first · an event on the censoring day is an event. Null if not a member.
   */
  static Followed followed(Journey j, int extractDate) {
    int r = j.reception;
    if (!j.returnee() || !j.aliveAt(r - 1)) return null;
    int first = NONE;
    for (int d : j.retrafDates) if (d > r && (first == NONE || d < first)) first = d;
    int censor = has(j.death) ? Math.min(extractDate, j.death) : extractDate;
    boolean event = has(first) && first <= censor;
    return new Followed(r, (event ? first : censor) - r, event);
  }

  // ---------- return preparations, not paired with departures: any such event meeting the date counts

  private static List<Event> departures(Journey j) {
    List<Event> out = new java.util.ArrayList<>(2);
    for (Event e : j.events) if (e.is("RETURN_DEPARTED")) out.add(e);
    return out;
  }

  private static boolean notifiedBefore(Journey j, Event departure) {
    for (Event x : j.events) {
      if (x.is("RETURN_NOTIFIED") && x.sameCounterpart(departure) && x.date() < departure.date()) return true;
    }
    return false;
  }

  private static boolean fileTransferredBy(Journey j, Event departure) {
    for (Event x : j.events) {
      if (x.is("CASE_FILE_TRANSFERRED") && x.sameCounterpart(departure) && x.date() <= departure.date()) return true;
    }
    return false;
  }

  private static boolean assessedBy(Journey j, Event departure) {
    return j.anyDetail("FAMILY_ASSESSMENT", "SUITABLE", NONE, departure.date())
        && j.any("RISK_ASSESSMENT", NONE, departure.date());
  }
}
