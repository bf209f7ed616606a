package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/** BID-01 … BID-04 on hand-computed fixtures, one reporting country per indicator. */
@ExtendWith(SharedSpark.class)
class BestInterestIndicatorsTest {
  private static final String Q1 = "2025Q1";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2025Q4");
    return cells;
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("LAO", "2025-12-31")   // BID-01
        .submission("MMR", "2025-12-31")   // BID-02
        .submission("CHN", "2025-12-31")   // BID-03
        .submission("KHM", "2025-12-31");  // BID-04
    // ---- BID-01 (LAO): foreign victims, id 2025-01-10, id + 7 = 01-17
    f.simpleCase("LAO", "J1", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "J1", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("LAO", "J1", "CASE_MANAGER_ASSIGNED", "2025-01-17");
    f.simpleCase("LAO", "J2", "IDENTIFIED_HERE", "XXA", 30)
        .event("LAO", "J2", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("LAO", "J2", "CASE_MANAGER_ASSIGNED", "2025-01-18");
    f.simpleCase("LAO", "J3", "IDENTIFIED_HERE", "XXX", 30)
        .event("LAO", "J3", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("LAO", "J3", "CASE_MANAGER_ASSIGNED", "2025-01-11");
    f.simpleCase("LAO", "J4", "IDENTIFIED_HERE", "LAO", 30)
        .event("LAO", "J4", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("LAO", "J4", "CASE_MANAGER_ASSIGNED", "2025-01-11");
    f.simpleCase("LAO", "J5", "IDENTIFIED_HERE", "VNM", 30)
        .event("LAO", "J5", "CASE_MANAGER_ASSIGNED", "2025-01-02")
        .event("LAO", "J5", "IDENTIFIED", "2025-01-10", "PRESUMED_VICTIM", null, null);
    // ---- BID-02 (MMR): verification minus the latest request to the same counterpart
    f.simpleCase("MMR", "K1", "IDENTIFIED_HERE", "THA", 30)
        .event("MMR", "K1", "NATIONALITY_REQUESTED", "2025-01-01", null, "THA", null)
        .event("MMR", "K1", "NATIONALITY_REQUESTED", "2025-01-11", null, "THA", null)
        .event("MMR", "K1", "NATIONALITY_VERIFIED", "2025-01-31", "CONFIRMED", "THA", null)
        .event("MMR", "K1", "NATIONALITY_REQUESTED", "2025-02-05", null, "THA", null);
    f.simpleCase("MMR", "K2", "IDENTIFIED_HERE", "VNM", 30)
        .event("MMR", "K2", "NATIONALITY_REQUESTED", "2025-01-05", null, "VNM", null)
        .event("MMR", "K2", "NATIONALITY_VERIFIED", "2025-01-05", "NOT_CONFIRMED", "VNM", null);
    f.simpleCase("MMR", "K3", "IDENTIFIED_HERE", "THA", 30)
        .event("MMR", "K3", "NATIONALITY_REQUESTED", "2025-01-01", null, "LAO", null)
        .event("MMR", "K3", "NATIONALITY_VERIFIED", "2025-01-10", "CONFIRMED", "THA", null);
    f.simpleCase("MMR", "K4", "IDENTIFIED_HERE", "THA", 30)
        .event("MMR", "K4", "NATIONALITY_REQUESTED", "2025-01-01", null, "THA", null)
        .event("MMR", "K4", "NATIONALITY_VERIFIED", "2025-02-10", "NOT_CONFIRMED", "THA", null)
        .event("MMR", "K4", "NATIONALITY_VERIFIED", "2025-03-12", "CONFIRMED", "THA", null);
    // ---- BID-03 (CHN): child departures with family and risk assessment by the departure date
    f.simpleCase("CHN", "L1", "IDENTIFIED_HERE", "VNM", 12)
        .event("CHN", "L1", "FAMILY_ASSESSMENT", "2025-01-05", "SUITABLE", null, null)
        .event("CHN", "L1", "RISK_ASSESSMENT", "2025-01-10", "HIGH", null, null)
        .event("CHN", "L1", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null);
    f.simpleCase("CHN", "L2", "IDENTIFIED_HERE", "VNM", 12)
        .event("CHN", "L2", "FAMILY_ASSESSMENT", "2025-01-05", "NOT_SUITABLE", null, null)
        .event("CHN", "L2", "RISK_ASSESSMENT", "2025-01-06", "LOW", null, null)
        .event("CHN", "L2", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null);
    f.simpleCase("CHN", "L3", "IDENTIFIED_HERE", "VNM", 15)
        .event("CHN", "L3", "FAMILY_ASSESSMENT", "2025-01-05", "SUITABLE", null, null)
        .event("CHN", "L3", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null)
        .event("CHN", "L3", "RISK_ASSESSMENT", "2025-01-11", "LOW", null, null);
    f.simpleCase("CHN", "L4", "IDENTIFIED_HERE", "VNM", 30)
        .event("CHN", "L4", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null);
    f.simpleCase("CHN", "L5", "IDENTIFIED_HERE", "VNM", 16)
        .event("CHN", "L5", "FAMILY_ASSESSMENT", "2025-01-01", "SUITABLE", null, null)
        .event("CHN", "L5", "RISK_ASSESSMENT", "2025-01-01", "MEDIUM", null, null)
        .event("CHN", "L5", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null)
        .event("CHN", "L5", "RETURN_DEPARTED", "2025-02-10", null, "LAO", null);
    // ---- BID-04 (KHM): determinations with the victim's participation
    f.simpleCase("KHM", "M1", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "M1", "BEST_INTEREST_DETERMINATION", "2025-01-10", "RETURN", null, "VICTIM_PARTICIPATED")
        .event("KHM", "M1", "BEST_INTEREST_DETERMINATION", "2025-02-10", "LOCAL_INTEGRATION", null, null);
    f.simpleCase("KHM", "M2", "RETURNEE", "KHM", 30)
        .event("KHM", "M2", "BEST_INTEREST_DETERMINATION", "2025-03-10", "ALTERNATIVE_CARE", null,
            "VICTIM_PARTICIPATED");
    return f;
  }

  @Test
  void bid01CountsCaseManagersByIdPlus7ForForeignVictimsOnly(SparkSession spark) {
    AggregateCells c = cells(spark);
    // J1 THA, assigned at id + 7: counts; J2 stateless XXA (foreign), at id + 8: not;
    // J3 unknown XXX (not foreign): out; J4 national: out; J5 VNM presumed, assigned before id: counts
    assertThat(c.counts("BID-01", Q1, "LAO")).containsExactly(2, 3);
    assertThat(c.counts("BID-01", Q1, "LAO", "nationality", "XXA")).containsExactly(0, 1);
    assertThat(c.cell("BID-01", Q1, "LAO", "nationality", "XXX")).isNull();
  }

  @Test
  void bid02MediansVerificationMinusLatestEarlierRequestToTheSameCounterpart(SparkSession spark) {
    AggregateCells c = cells(spark);
    // K1: latest THA request on or before 01-31 is 01-11 -> 20 (the 02-05 request comes after);
    // K2: same-day request -> 0; K3: request went to LAO, verification from THA: out;
    // K4: two verifications, each a member: 02-10 - 01-01 = 40, 03-12 - 01-01 = 70.
    // durations 0, 20, 40, 70 -> median (20 + 40) / 2 = 30 over n = 4
    assertThat(c.counts("BID-02", Q1, "MMR")[1]).isEqualTo(4);
    assertThat(c.median("BID-02", Q1, "MMR")).isEqualTo(30.0);
    // by counterpart: THA 20, 40, 70 -> 40; VNM 0
    assertThat(c.median("BID-02", Q1, "MMR", "counterpart_country", "THA")).isEqualTo(40.0);
    assertThat(c.median("BID-02", Q1, "MMR", "counterpart_country", "VNM")).isEqualTo(0.0);
  }

  @Test
  void bid03CountsChildDeparturesAssessedByTheDepartureDate(SparkSession spark) {
    AggregateCells c = cells(spark);
    // L1 both by (risk on the departure day): counts; L2 family NOT_SUITABLE: not;
    // L3 risk assessed after departure: not; L4 adult: out;
    // L5 assessed once, departs twice: both departures count (assessments are not paired).
    assertThat(c.counts("BID-03", Q1, "CHN")).containsExactly(3, 5);
    assertThat(c.counts("BID-03", Q1, "CHN", "counterpart_country", "VNM")).containsExactly(2, 4);
    assertThat(c.counts("BID-03", Q1, "CHN", "counterpart_country", "LAO")).containsExactly(1, 1);
  }

  @Test
  void bid04CountsDeterminationsWithParticipationWhateverTheCaseType(SparkSession spark) {
    AggregateCells c = cells(spark);
    // M1: with participation (counts), without (not); M2 RETURNEE with participation: counts
    assertThat(c.counts("BID-04", Q1, "KHM")).containsExactly(2, 3);
    assertThat(c.categories("BID-04", Q1, "KHM", "counterpart_country")).isEmpty();
  }
}
