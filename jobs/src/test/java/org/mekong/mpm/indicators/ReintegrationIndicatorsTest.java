package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.indicators.AggregateCells.tok;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/**
 * REI-01 … REI-06 on hand-computed fixtures. Most receptions are on 2025-01-10, so that
 * r + 60 = 03-11, r + 90 = 04-10 (2025Q2), r + 180 = 07-09 (2025Q3), r + 365 = 2026-01-10 (2026Q1).
 */
@ExtendWith(SharedSpark.class)
class ReintegrationIndicatorsTest {
  private static final String R = "2025-01-10";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2026Q4");
    return cells;
  }

  private static CaseFixtures returnee(CaseFixtures f, String country, String id, String token, String received) {
    return f.caseRow(country, id, token, "F", 30, null, country, "RETURNEE", null, null)
        .event(country, id, "RECEIVED", received, null, "MYS", null);
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2025-12-31")   // REI-01
        .submission("VNM", "2026-12-31")   // REI-02, REI-03
        .submission("KHM", "2026-06-30")   // REI-04
        .submission("LAO", "2026-06-30", "regional-old")  // REI-05; tokens under another key
        .submission("MMR", "2026-06-30");  // REI-06
    // ---- REI-01 (THA)
    returnee(f, "THA", "V1", null, R)
        .event("THA", "V1", "REINTEGRATION_PLAN", "2025-03-11", null, null, "VICTIM_PARTICIPATED");
    returnee(f, "THA", "V2", null, R)
        .event("THA", "V2", "REINTEGRATION_PLAN", "2025-03-12", null, null, "VICTIM_PARTICIPATED");
    f.simpleCase("THA", "V3", "RETURNEE", "THA", 30)
        .event("THA", "V3", "REINTEGRATION_PLAN", "2025-01-09", null, null, "VICTIM_PARTICIPATED")
        .event("THA", "V3", "RECEIVED", R, null, "MYS", null);
    returnee(f, "THA", "V4", null, R)
        .event("THA", "V4", "REINTEGRATION_PLAN", "2025-01-20");
    f.simpleCase("THA", "V5", "RETURNEE", "THA", 30)
        .event("THA", "V5", "REINTEGRATION_PLAN", "2025-01-20", null, null, "VICTIM_PARTICIPATED");
    f.simpleCase("THA", "V6", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "V6", "RECEIVED", R, null, "MYS", null)
        .event("THA", "V6", "REINTEGRATION_PLAN", "2025-01-20", null, null, "VICTIM_PARTICIPATED");
    returnee(f, "THA", "V7", null, "2025-11-01");
    returnee(f, "THA", "V8", null, "2025-11-02");
    // THA cases sharing tokens with KHM returnees (REI-04): identified here as victim / not victim
    f.caseRow("THA", "T4", tok('4'), "F", 30, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("THA", "T4", "IDENTIFIED", "2025-06-01", "VICTIM", null, null);
    f.caseRow("THA", "T5", tok('5'), "F", 30, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("THA", "T5", "IDENTIFIED", "2025-06-01", "NOT_VICTIM", null, null);
    // ---- REI-02, REI-03 (VNM)
    returnee(f, "VNM", "W1", null, R)
        .event("VNM", "W1", "FOLLOW_UP_VISIT", "2025-04-10")
        .event("VNM", "W1", "FOLLOW_UP_VISIT", "2025-07-09")
        .event("VNM", "W1", "FOLLOW_UP_VISIT", "2026-01-10");
    returnee(f, "VNM", "W2", null, R)
        .event("VNM", "W2", "FOLLOW_UP_VISIT", R);
    returnee(f, "VNM", "W3", null, R)
        .event("VNM", "W3", "FOLLOW_UP_VISIT", "2025-04-11")
        .event("VNM", "W3", "FOLLOW_UP_VISIT", "2025-07-10");
    returnee(f, "VNM", "W4", null, R)
        .event("VNM", "W4", "CASE_CLOSED", "2025-04-10", "DECEASED", null, null);
    returnee(f, "VNM", "W5", null, R)
        .event("VNM", "W5", "CASE_CLOSED", "2025-04-11", "DECEASED", null, null);
    f.simpleCase("VNM", "W6", "RETURNEE", "VNM", 30)
        .event("VNM", "W6", "CASE_CLOSED", "2024-12-01", "DECEASED", null, null)
        .event("VNM", "W6", "RECEIVED", R, null, "MYS", null)
        .event("VNM", "W6", "FOLLOW_UP_VISIT", "2025-02-01");
    returnee(f, "VNM", "W7", null, R)
        .event("VNM", "W7", "FOLLOW_UP_VISIT", "2025-02-01")
        .event("VNM", "W7", "FOLLOW_UP_VISIT", "2025-05-01")
        .event("VNM", "W7", "FOLLOW_UP_VISIT", "2025-07-09");
    returnee(f, "VNM", "W8", null, "2026-10-02");
    returnee(f, "VNM", "W9", null, "2026-10-03");
    // ---- REI-04 (KHM, extract 2026-06-30)
    returnee(f, "KHM", "X1", null, R).event("KHM", "X1", "RE_TRAFFICKED", "2026-01-10");
    returnee(f, "KHM", "X2", null, R).event("KHM", "X2", "RE_TRAFFICKED", "2026-01-11");
    returnee(f, "KHM", "X3", null, R).event("KHM", "X3", "RE_TRAFFICKED", R);
    returnee(f, "KHM", "X4", tok('4'), R);
    returnee(f, "KHM", "X5", tok('5'), R);
    returnee(f, "KHM", "X6", tok('6'), R);
    returnee(f, "KHM", "X7", tok('7'), R);
    f.caseRow("KHM", "X7b", tok('7'), "F", 30, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("KHM", "X7b", "IDENTIFIED", "2025-03-01", "NOT_VICTIM", null, null)
        .event("KHM", "X7b", "IDENTIFIED", "2025-04-01", "PRESUMED_VICTIM", null, null);
    returnee(f, "KHM", "X8", null, R)
        .event("KHM", "X8", "RE_TRAFFICKED", "2025-06-01")
        .event("KHM", "X8", "CASE_CLOSED", "2025-12-01", "DECEASED", null, null);
    returnee(f, "KHM", "X9", null, "2025-07-01");
    returnee(f, "KHM", "X10", null, "2025-06-30");
    f.caseRow("LAO", "T6", tok('6'), "F", 30, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("LAO", "T6", "IDENTIFIED", "2025-06-01", "VICTIM", null, null);
    // ---- REI-05 (LAO): self-returned, first event 2025-01-10, + 90 = 04-10
    f.simpleCase("LAO", "Y1", "SELF_RETURNED", "LAO", 30)
        .event("LAO", "Y1", "SCREENED", R)
        .event("LAO", "Y1", "SERVICE", "2025-04-10", "MEDICAL", null, null);
    f.simpleCase("LAO", "Y2", "SELF_RETURNED", "LAO", 30)
        .event("LAO", "Y2", "SCREENED", R)
        .event("LAO", "Y2", "SERVICE", "2025-04-11", "LIVELIHOOD", null, "DECLINED");
    f.simpleCase("LAO", "Y3", "SELF_RETURNED", "LAO", 30)
        .event("LAO", "Y3", "SERVICE", R, "LEGAL", null, "DECLINED");
    f.simpleCase("LAO", "Y4", "SELF_RETURNED", "LAO", 30)
        .event("LAO", "Y4", "SCREENED", R)
        .event("LAO", "Y4", "LEGAL_INFO", "2025-01-11");
    f.simpleCase("LAO", "Y5", "SELF_RETURNED", "LAO", 30);
    f.simpleCase("LAO", "Y6", "RETURNEE", "LAO", 30)
        .event("LAO", "Y6", "SERVICE", R, "MEDICAL", null, null);
    // ---- REI-06 (MMR): r + 180 = 07-09
    returnee(f, "MMR", "Z1", null, R).event("MMR", "Z1", "LEGAL_INFO", "2025-07-09");
    returnee(f, "MMR", "Z2", null, R).event("MMR", "Z2", "COMPENSATION_CLAIM", "2025-07-10");
    returnee(f, "MMR", "Z3", null, R).event("MMR", "Z3", "SERVICE", R, "LEGAL", null, "DECLINED");
    returnee(f, "MMR", "Z4", null, R).event("MMR", "Z4", "SERVICE", "2025-02-01", "MEDICAL", null, null);
    f.simpleCase("MMR", "Z5", "RETURNEE", "MMR", 30)
        .event("MMR", "Z5", "LEGAL_INFO", "2025-01-09")
        .event("MMR", "Z5", "RECEIVED", R, null, "MYS", null);
    returnee(f, "MMR", "Z6", null, R).event("MMR", "Z6", "CASE_CLOSED", "2025-03-01", "DECEASED", null, null);
    returnee(f, "MMR", "Z7", null, R).event("MMR", "Z7", "COMPENSATION_CLAIM", "2025-03-01");
    return f;
  }

  @Test
  void rei01CountsParticipatoryPlansWithin60DaysAfterReception(SparkSession spark) {
    AggregateCells c = cells(spark);
    // V1 plan at r + 60: counts; V2 at r + 61: not; V3 plan the day before reception: not
    // ("within N days after" has a lower bound); V4 plan without participation: not;
    // V5 RETURNEE never received: out; V6 IDENTIFIED_HERE: out.
    // V7 received 11-01, window end 12-31 = extract: in 2025Q4; V8 received 11-02: out.
    assertThat(c.counts("REI-01", "2025Q1", "THA")).containsExactly(1, 4);
    assertThat(c.counts("REI-01", "2025Q4", "THA")).containsExactly(0, 1);
  }

  @Test
  void rei02CountsVisitsInTheFirst90DaysAndSitsInTheQuarterOfReceptionPlus90(SparkSession spark) {
    AggregateCells c = cells(spark);
    // W1 visit at r + 90: counts; W2 visit only on the reception day: not; W3 first at r + 91: not;
    // W4 died at r + 90 (deceased by r + 90): out; W5 died at r + 91: in, no visit;
    // W6 died before its reception: out; W7 visit 02-01: counts. Reference r + 90 = 2025-04-10.
    assertThat(c.counts("REI-02", "2025Q2", "VNM")).containsExactly(2, 5);
    assertThat(c.total("REI-02", "2025Q1", "VNM")).isNull();
    // W8 received 2026-10-02: r + 90 = 12-31 = extract: in 2026Q4; W9 (10-03): not yet observable
    assertThat(c.counts("REI-02", "2026Q4", "VNM")).containsExactly(0, 1);
  }

  @Test
  void rei03NeedsAVisitInEachOfTheThreePeriodsOfTheYear(SparkSession spark) {
    AggregateCells c = cells(spark);
    // W1 visits at r + 90, r + 180, r + 365 (each period's closed end): counts;
    // W2 none after the reception: not; W3 nothing in (r, r + 90]: not;
    // W7 02-01, 05-01, 07-09 = r + 180 (second period), nothing in (r + 180, r + 365]: not;
    // W4, W5 died within the year and W6 before reception: out. Reference r + 365 = 2026-01-10.
    assertThat(c.counts("REI-03", "2026Q1", "VNM")).containsExactly(1, 4);
    assertThat(c.total("REI-03", "2025Q1", "VNM")).isNull();
  }

  @Test
  void rei04CountsRetraffickingByOwnEventOrTokenUnderTheSameKey(SparkSession spark) {
    AggregateCells c = cells(spark);
    // X1 RE_TRAFFICKED at r + 365: counts; X2 at r + 366: not; X3 on the reception day: not;
    // X4 token identified as VICTIM in THA (same key): counts; X5 THA decision NOT_VICTIM: not;
    // X6 identified in LAO, whose tokens are under another key: not;
    // X7 another KHM case with the same token, NOT_VICTIM then PRESUMED_VICTIM: counts;
    // X8 died within the year: out (although re-trafficked).
    assertThat(c.counts("REI-04", "2026Q1", "KHM")).containsExactly(3, 7);
    // X10 received 2025-06-30: r + 365 = 2026-06-30 = extract: in 2026Q2; X9 (07-01): out
    assertThat(c.counts("REI-04", "2026Q2", "KHM")).containsExactly(0, 1);
  }

  @Test
  void rei05CountsServicesWithin90DaysOfTheFirstEventOfSelfReturnedCases(SparkSession spark) {
    AggregateCells c = cells(spark);
    // Y1 service at first + 90: counts; Y2 declined at + 91: not; Y3 a declined service that is
    // itself the first event: counts; Y4 legal information is no SERVICE: not;
    // Y5 no events (no first event): out; Y6 RETURNEE: out.
    assertThat(c.counts("REI-05", "2025Q1", "LAO")).containsExactly(2, 4);
  }

  @Test
  void rei06CountsLegalInformationAidOrClaimsWithin180DaysAfterReception(SparkSession spark) {
    AggregateCells c = cells(spark);
    // Z1 LEGAL_INFO at r + 180: counts; Z2 claim at r + 181: not; Z3 declined LEGAL service on
    // the reception day: counts; Z4 MEDICAL only: not; Z5 information the day before reception:
    // not; Z6 died early: REI-06 has no death exclusion, in, not; Z7 claim: counts.
    // Reference r + 180 = 2025-07-09: 2025Q3.
    assertThat(c.counts("REI-06", "2025Q3", "MMR")).containsExactly(3, 7);
  }
}
