package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mekong.mpm.indicators.AggregateCells.tok;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/**
 * The Kaplan–Meier table end to end. THA extract 2026-03-01: a 2025-01-01 reception is followed
 * 424 days, a 2026-01-01 reception 59 days.
 */
@ExtendWith(SharedSpark.class)
class RetraffickingSurvivalTest {
  private static final double Z = 1.959963984540054;
  private static List<SurvivalRow> table;

  private static synchronized List<SurvivalRow> table(SparkSession spark) {
    if (table == null) table = RetraffickingSurvival.compute(AggregateCells.journeys(spark, fixture()));
    return table;
  }

  private static CaseFixtures returnee(CaseFixtures f, String country, String id, String token, String received) {
    return f.caseRow(country, id, token, "F", 30, null, country, "RETURNEE", null, null)
        .event(country, id, "RECEIVED", received, null, "MYS", null);
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures().submission("THA", "2026-03-01").submission("VNM", "2026-06-30");
    returnee(f, "THA", "K1", null, "2025-01-01").event("THA", "K1", "RE_TRAFFICKED", "2025-01-11"); // 10 event
    returnee(f, "THA", "K2", null, "2025-01-01")
        .event("THA", "K2", "CASE_CLOSED", "2025-01-11", "DECEASED", null, null);                 // 10 censored
    returnee(f, "THA", "K3", null, "2025-01-01").event("THA", "K3", "RE_TRAFFICKED", "2025-01-31"); // 30 event
    returnee(f, "THA", "K4", null, "2025-01-01");                                                  // 424 censored
    f.simpleCase("THA", "K5", "RETURNEE", "THA", 30)                                              // died before reception: left out
        .event("THA", "K5", "CASE_CLOSED", "2024-12-15", "DECEASED", null, null)
        .event("THA", "K5", "RECEIVED", "2025-01-01", null, "MYS", null)
        .event("THA", "K5", "RE_TRAFFICKED", "2025-01-05");
    returnee(f, "THA", "K10", null, "2025-01-01").event("THA", "K10", "RE_TRAFFICKED", "2025-01-01"); // not after: 424 censored
    returnee(f, "THA", "K6", tok('6'), "2026-01-01");                                              // 20 event (VNM, token)
    returnee(f, "THA", "K7", null, "2026-01-01").event("THA", "K7", "RE_TRAFFICKED", "2026-03-01"); // 59 event on extract day
    returnee(f, "THA", "K8", null, "2026-01-01")                                                   // 20 event on the death day
        .event("THA", "K8", "RE_TRAFFICKED", "2026-01-21")
        .event("THA", "K8", "CASE_CLOSED", "2026-01-21", "DECEASED", null, null);
    returnee(f, "THA", "K9", tok('9'), "2026-01-01");                                              // 59 censored: re-identified after THA's extract
    f.caseRow("VNM", "V6", tok('6'), "F", 30, null, "THA", "IDENTIFIED_HERE", null, null)
        .event("VNM", "V6", "IDENTIFIED", "2026-01-21", "VICTIM", null, null);
    f.caseRow("VNM", "V9", tok('9'), "F", 30, null, "THA", "IDENTIFIED_HERE", null, null)
        .event("VNM", "V9", "IDENTIFIED", "2026-03-02", "PRESUMED_VICTIM", null, null);
    returnee(f, "VNM", "L1", null, "2026-01-01").event("VNM", "L1", "RE_TRAFFICKED", "2026-01-11"); // 10 event
    return f;
  }

  private static List<SurvivalRow> group(List<SurvivalRow> t, String country, String year) {
    return t.stream().filter(r -> r.country().equals(country) && r.receptionYear().equals(year)).toList();
  }

  private static void step(SurvivalRow r, int day, long atRisk, long events, double s) {
    assertThat(r.day()).isEqualTo(day);
    assertThat(r.atRisk()).isEqualTo(atRisk);
    assertThat(r.events()).isEqualTo(events);
    assertThat(r.survival()).isCloseTo(s, within(1e-12));
  }

  @Test
  void perCountryAndYearWithCensoringAtDeathAndExtractDate(SparkSession spark) {
    // THA 2025: K1 10 E, K2 10 C (death), K3 30 E, K4 and K10 424 C; K5 left out.
    // day 10: 5 at risk (K2 censored that day is still at risk), 1 event -> 4/5
    // day 30: 3 at risk, 1 event -> 4/5 * 2/3 = 8/15
    List<SurvivalRow> g = group(table(spark), "THA", "2025");
    assertThat(g).hasSize(2);
    step(g.get(0), 10, 5, 1, 0.8);
    step(g.get(1), 30, 3, 1, 8.0 / 15);
    double half = Z * (8.0 / 15) * Math.sqrt(1.0 / (5 * 4) + 1.0 / (3 * 2));
    assertThat(g.get(1).ciLow()).isCloseTo(8.0 / 15 - half, within(1e-12));
    assertThat(g.get(1).ciHigh()).isEqualTo(1.0); // clamped
    // THA 2026: K6 20 E (token in VNM), K8 20 E (on its death day), K7 59 E (on the extract day),
    // K9 59 C (re-identified after THA's extract). day 20: 4, 2 -> 1/2; day 59: 2, 1 -> 1/4
    List<SurvivalRow> h = group(table(spark), "THA", "2026");
    assertThat(h).hasSize(2);
    step(h.get(0), 20, 4, 2, 0.5);
    step(h.get(1), 59, 2, 1, 0.25);
  }

  @Test
  void allYearsAndTheRegionPoolReturnees(SparkSession spark) {
    List<SurvivalRow> t = table(spark);
    // THA all years: 10 (9, 1) 8/9; 20 (7, 2) 8/9*5/7; 30 (5, 1) *4/5; 59 (4, 1) *3/4
    List<SurvivalRow> tha = group(t, "THA", "ALL");
    assertThat(tha).hasSize(4);
    step(tha.get(0), 10, 9, 1, 8.0 / 9);
    step(tha.get(1), 20, 7, 2, 40.0 / 63);
    step(tha.get(2), 30, 5, 1, 32.0 / 63);
    step(tha.get(3), 59, 4, 1, 24.0 / 63);
    // region all years: L1 joins: 10 (10, 2) 4/5; 20 (7, 2) 4/7; 30 (5, 1) 16/35; 59 (4, 1) 12/35
    List<SurvivalRow> all = group(t, "ALL", "ALL");
    assertThat(all).hasSize(4);
    step(all.get(0), 10, 10, 2, 0.8);
    step(all.get(1), 20, 7, 2, 4.0 / 7);
    step(all.get(2), 30, 5, 1, 16.0 / 35);
    step(all.get(3), 59, 4, 1, 12.0 / 35);
    // region 2026: 10 (5, 1) 4/5; 20 (4, 2) 2/5; 59 (2, 1) 1/5
    List<SurvivalRow> y = group(t, "ALL", "2026");
    assertThat(y).hasSize(3);
    step(y.get(0), 10, 5, 1, 0.8);
    step(y.get(1), 20, 4, 2, 0.4);
    step(y.get(2), 59, 2, 1, 0.2);
    assertThat(group(t, "ALL", "2025")).isEqualTo(group(t, "THA", "2025").stream()
        .map(r -> new SurvivalRow("ALL", r.receptionYear(), r.day(), r.atRisk(), r.events(), r.survival(),
            r.ciLow(), r.ciHigh())).toList());
  }

  @Test
  void aGroupWhoseEveryMemberFailsHasSurvivalZeroWithoutBounds(SparkSession spark) {
    // VNM: L1 alone, event on day 10
    for (String year : List.of("2026", "ALL")) {
      List<SurvivalRow> v = group(table(spark), "VNM", year);
      assertThat(v).hasSize(1);
      step(v.get(0), 10, 1, 1, 0.0);
      assertThat(v.get(0).ciLow()).isNull();
      assertThat(v.get(0).ciHigh()).isNull();
    }
    assertThat(group(table(spark), "VNM", "2025")).isEmpty();
  }
}
