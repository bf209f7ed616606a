package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/** CARE-01, CARE-02-*, CARE-03 on hand-computed fixtures, one reporting country per indicator. */
@ExtendWith(SharedSpark.class)
class CareIndicatorsTest {
  private static final String Q1 = "2025Q1";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2025Q4");
    return cells;
  }

  private static CaseFixtures victim(CaseFixtures f, String country, String id, String detail, String date) {
    return f.simpleCase(country, id, "IDENTIFIED_HERE", "MMR", 25)
        .event(country, id, "IDENTIFIED", date, detail, null, null);
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2025-06-30")   // CARE-01
        .submission("VNM", "2025-12-31")   // CARE-02-*
        .submission("KHM", "2025-12-31");  // CARE-03
    // ---- CARE-01 (THA): id 2025-01-10, id + 14 = 01-24
    victim(f, "THA", "G1", "VICTIM", "2025-01-10")
        .event("THA", "G1", "RECOVERY_PLAN", "2025-01-24", null, null, "VICTIM_PARTICIPATED");
    victim(f, "THA", "G2", "VICTIM", "2025-01-10")
        .event("THA", "G2", "RECOVERY_PLAN", "2025-01-25", null, null, "VICTIM_PARTICIPATED");
    victim(f, "THA", "G3", "VICTIM", "2025-01-10")
        .event("THA", "G3", "RECOVERY_PLAN", "2025-01-20");
    victim(f, "THA", "G4", "PRESUMED_VICTIM", "2025-01-10")
        .event("THA", "G4", "RECOVERY_PLAN", "2025-01-05", null, null, "VICTIM_PARTICIPATED");
    victim(f, "THA", "G5", "NOT_VICTIM", "2025-01-10")
        .event("THA", "G5", "RECOVERY_PLAN", "2025-01-11", null, null, "VICTIM_PARTICIPATED");
    victim(f, "THA", "G6", "VICTIM", "2025-06-17");
    victim(f, "THA", "G7", "VICTIM", "2025-06-16");
    f.simpleCase("THA", "G8", "RETURNEE", "THA", 25)
        .event("THA", "G8", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("THA", "G8", "RECOVERY_PLAN", "2025-01-11", null, null, "VICTIM_PARTICIPATED");
    // ---- CARE-02 (VNM): id 2025-01-10, id + 30 = 02-09
    victim(f, "VNM", "H1", "VICTIM", "2025-01-10")
        .event("VNM", "H1", "SERVICE", "2025-02-09", "ACCOMMODATION", null, null)
        .event("VNM", "H1", "SERVICE", "2025-02-10", "MEDICAL", null, null)
        .event("VNM", "H1", "SERVICE", "2025-01-15", "PSYCHOSOCIAL", null, "DECLINED")
        .event("VNM", "H1", "SERVICE", "2025-01-01", "LEGAL", null, null);
    victim(f, "VNM", "H2", "PRESUMED_VICTIM", "2025-01-10")
        .event("VNM", "H2", "SERVICE", "2025-01-12", "EDUCATION", null, null)
        .event("VNM", "H2", "SERVICE", "2025-01-20", "ACCOMMODATION", null, "DECLINED");
    victim(f, "VNM", "H3", "NOT_VICTIM", "2025-01-10")
        .event("VNM", "H3", "SERVICE", "2025-01-12", "ACCOMMODATION", null, null)
        .event("VNM", "H3", "SERVICE", "2025-01-12", "MEDICAL", null, null)
        .event("VNM", "H3", "SERVICE", "2025-01-12", "PSYCHOSOCIAL", null, null)
        .event("VNM", "H3", "SERVICE", "2025-01-12", "LEGAL", null, null);
    // ---- CARE-03 (KHM): placements of CHILD cases
    f.caseRow("KHM", "I1", null, "F", 10, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("KHM", "I1", "PLACEMENT", "2025-01-10", "INSTITUTION", null, null)
        .event("KHM", "I1", "PLACEMENT", "2025-02-10", "SHELTER", null, null);
    f.caseRow("KHM", "I2", null, "M", 19, "Y", "KHM", "RETURNEE", null, null)
        .event("KHM", "I2", "PLACEMENT", "2025-01-10", "INSTITUTION", null, null);
    f.caseRow("KHM", "I3", null, "F", 30, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("KHM", "I3", "PLACEMENT", "2025-01-10", "INSTITUTION", null, null);
    f.caseRow("KHM", "I4", null, "F", null, null, "KHM", "IDENTIFIED_HERE", null, null)
        .event("KHM", "I4", "PLACEMENT", "2025-01-10", "INSTITUTION", null, null);
    return f;
  }

  @Test
  void care01CountsParticipatoryPlansByIdPlus14WithoutLowerBound(SparkSession spark) {
    AggregateCells c = cells(spark);
    // G1 plan at id + 14: counts; G2 at id + 15: not; G3 without VICTIM_PARTICIPATED: not;
    // G4 presumed victim, plan before id ("by" has no lower bound): counts; G5 NOT_VICTIM: out;
    // G8 RETURNEE: out. G6 id 06-17: window end 07-01 > extract 06-30: out;
    // G7 id 06-16: window end 06-30 = extract: in 2025Q2, no plan.
    assertThat(c.counts("CARE-01", Q1, "THA")).containsExactly(2, 4);
    assertThat(c.counts("CARE-01", "2025Q2", "THA")).containsExactly(0, 1);
  }

  @Test
  void care02CountsEachServiceOfferedOrDeclinedByIdPlus30(SparkSession spark) {
    AggregateCells c = cells(spark);
    // H1: ACCOMMODATION at id + 30 (counts), MEDICAL at id + 31 (not), PSYCHOSOCIAL declined
    // (offered: counts), LEGAL before id (counts). H2: EDUCATION (none of the four),
    // ACCOMMODATION declined (counts). H3 NOT_VICTIM: out of every CARE-02.
    assertThat(c.counts("CARE-02-ACC", Q1, "VNM")).containsExactly(2, 2);
    assertThat(c.counts("CARE-02-MED", Q1, "VNM")).containsExactly(0, 2);
    assertThat(c.counts("CARE-02-PSY", Q1, "VNM")).containsExactly(1, 2);
    assertThat(c.counts("CARE-02-LEG", Q1, "VNM")).containsExactly(1, 2);
  }

  @Test
  void care03CountsInstitutionalPlacementsOfChildrenPerPlacement(SparkSession spark) {
    AggregateCells c = cells(spark);
    // I1 age 10: INSTITUTION (counts) and SHELTER (not); I2 age 19 presumed child, any case type:
    // counts; I3 adult: out; I4 no age, not presumed: UNKNOWN, out.
    assertThat(c.counts("CARE-03", Q1, "KHM")).containsExactly(2, 3);
    assertThat(c.counts("CARE-03", Q1, "KHM", "age_group", "CHILD")).containsExactly(2, 3);
    assertThat(c.categories("CARE-03", Q1, "KHM", "age_group")).containsExactly("CHILD");
  }
}
