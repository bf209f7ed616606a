package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.indicators.AggregateCells.tok;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/**
 * IDN-01 … IDN-06 on hand-computed fixtures. Each indicator lives in its own reporting country, so
 * that one Spark run serves every test and no fixture leaks into another indicator's numbers.
 */
@ExtendWith(SharedSpark.class)
class IdentificationIndicatorsTest {
  private static final String Q1 = "2025Q1";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2025Q4");
    return cells;
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2025-06-30")   // IDN-01
        .submission("VNM", "2025-03-31")   // IDN-02 (extract date closes the window of a screening on 03-01)
        .submission("KHM", "2025-12-31")   // IDN-03
        .submission("LAO", "2025-12-31")   // IDN-04
        .submission("MMR", "2025-12-31")   // IDN-05
        .submission("CHN", "2025-12-31");  // IDN-06
    // ---- IDN-01 (THA)
    f.simpleCase("THA", "A1", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A1", "SCREENED", "2025-01-01")
        .event("THA", "A1", "IDENTIFIED", "2025-01-11", "NOT_VICTIM", null, null);
    f.simpleCase("THA", "A2", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A2", "SCREENED", "2025-01-01")
        .event("THA", "A2", "IDENTIFIED", "2025-01-05", "PRESUMED_VICTIM", null, null);
    f.simpleCase("THA", "A3", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A3", "SCREENED", "2025-01-10")
        .event("THA", "A3", "IDENTIFIED", "2025-02-09", "VICTIM", null, null)
        .event("THA", "A3", "IDENTIFIED", "2025-03-01", "VICTIM", null, null);
    f.simpleCase("THA", "A4", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A4", "SCREENED", "2025-02-01")
        .event("THA", "A4", "IDENTIFIED", "2025-01-20", "VICTIM", null, null);
    f.simpleCase("THA", "A5", "RETURNEE", "THA", 30)
        .event("THA", "A5", "SCREENED", "2025-01-01")
        .event("THA", "A5", "IDENTIFIED", "2025-01-02", "VICTIM", null, null);
    f.simpleCase("THA", "A6", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A6", "SCREENED", "2025-01-01");
    f.simpleCase("THA", "A7", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A7", "SCREENED", "2025-03-01")
        .event("THA", "A7", "IDENTIFIED", "2025-04-02", "VICTIM", null, null);
    f.simpleCase("THA", "A8", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A8", "SCREENED", "2025-01-03")
        .event("THA", "A8", "SCREENED", "2025-01-20")
        .event("THA", "A8", "IDENTIFIED", "2025-01-25", "VICTIM", null, null);
    f.simpleCase("THA", "A9", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "A9", "SCREENED", "2025-02-15")
        .event("THA", "A9", "IDENTIFIED", "2025-02-15", "VICTIM", null, null);
    // ---- IDN-02 (VNM, extract 2025-03-31)
    f.simpleCase("VNM", "B1", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B1", "SCREENED", "2025-01-10")
        .event("VNM", "B1", "IDENTIFIED", "2025-02-09", "NOT_VICTIM", null, null);
    f.simpleCase("VNM", "B2", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B2", "SCREENED", "2025-01-10")
        .event("VNM", "B2", "IDENTIFIED", "2025-02-10", "VICTIM", null, null);
    f.simpleCase("VNM", "B3", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B3", "SCREENED", "2025-01-10");
    f.simpleCase("VNM", "B4", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B4", "SCREENED", "2025-03-01")
        .event("VNM", "B4", "IDENTIFIED", "2025-03-05", "VICTIM", null, null);
    f.simpleCase("VNM", "B5", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B5", "SCREENED", "2025-03-02")
        .event("VNM", "B5", "IDENTIFIED", "2025-03-03", "VICTIM", null, null);
    f.simpleCase("VNM", "B6", "IDENTIFIED_HERE", "KHM", 30)
        .event("VNM", "B6", "IDENTIFIED", "2025-01-25", "VICTIM", null, null)
        .event("VNM", "B6", "SCREENED", "2025-02-01");
    f.simpleCase("VNM", "B7", "SELF_RETURNED", "VNM", 30)
        .event("VNM", "B7", "SCREENED", "2025-01-10")
        .event("VNM", "B7", "IDENTIFIED", "2025-01-11", "VICTIM", null, null);
    // ---- IDN-03 (KHM): every identified victim below has id 2025-01-10 unless noted (id + 2 = 01-12)
    f.simpleCase("KHM", "C1", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C1", "DETAINED", "2025-01-05")
        .event("KHM", "C1", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("KHM", "C1", "DETENTION_ENDED", "2025-01-12");
    f.simpleCase("KHM", "C2", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C2", "DETAINED", "2025-01-05")
        .event("KHM", "C2", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("KHM", "C2", "DETENTION_ENDED", "2025-01-13");
    f.simpleCase("KHM", "C3", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C3", "DETAINED", "2025-01-05")
        .event("KHM", "C3", "IDENTIFIED", "2025-01-10", "PRESUMED_VICTIM", null, null);
    f.simpleCase("KHM", "C4", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C4", "DETENTION_ENDED", "2025-01-04")
        .event("KHM", "C4", "DETAINED", "2025-01-05")
        .event("KHM", "C4", "IDENTIFIED", "2025-01-10", "VICTIM", null, null);
    f.simpleCase("KHM", "C5", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C5", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("KHM", "C5", "DETAINED", "2025-02-01")
        .event("KHM", "C5", "DETENTION_ENDED", "2025-02-05");
    f.simpleCase("KHM", "C6", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C6", "DETAINED", "2025-01-01")
        .event("KHM", "C6", "DETENTION_ENDED", "2025-01-03")
        .event("KHM", "C6", "IDENTIFIED", "2025-01-10", "VICTIM", null, null);
    f.simpleCase("KHM", "C7", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C7", "DETAINED", "2025-01-05")
        .event("KHM", "C7", "IDENTIFIED", "2025-01-10", "NOT_VICTIM", null, null);
    f.simpleCase("KHM", "C8", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C8", "DETAINED", "2025-01-01")
        .event("KHM", "C8", "IDENTIFIED", "2025-01-05", "NOT_VICTIM", null, null)
        .event("KHM", "C8", "IDENTIFIED", "2025-01-20", "VICTIM", null, null)
        .event("KHM", "C8", "DETENTION_ENDED", "2025-01-21");
    f.simpleCase("KHM", "C9", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C9", "DETAINED", "2025-12-01")
        .event("KHM", "C9", "IDENTIFIED", "2025-12-29", "VICTIM", null, null);
    f.simpleCase("KHM", "C10", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "C10", "DETAINED", "2025-12-01")
        .event("KHM", "C10", "IDENTIFIED", "2025-12-30", "VICTIM", null, null);
    // ---- IDN-04 (LAO): interviews of CHILD cases
    f.caseRow("LAO", "D1", null, "F", 16, null, "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D1", "INTERVIEWED", "2025-01-10", null, null, "SUPPORT_PERSON;CHILD_SENSITIVE")
        .event("LAO", "D1", "INTERVIEWED", "2025-01-20", null, null, "SUPPORT_PERSON");
    f.caseRow("LAO", "D2", null, "M", 19, "Y", "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D2", "INTERVIEWED", "2025-01-10", null, null, "CHILD_SENSITIVE;SUPPORT_PERSON");
    f.caseRow("LAO", "D3", null, "F", null, null, "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D3", "INTERVIEWED", "2025-01-10", null, null, "SUPPORT_PERSON;CHILD_SENSITIVE");
    f.caseRow("LAO", "D4", null, "F", null, "Y", "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D4", "INTERVIEWED", "2025-01-10", null, null, "CHILD_SENSITIVE");
    f.caseRow("LAO", "D5", null, "F", 18, null, "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D5", "INTERVIEWED", "2025-01-10", null, null, "SUPPORT_PERSON;CHILD_SENSITIVE");
    f.caseRow("LAO", "D6", null, "F", 17, "N", "LAO", "IDENTIFIED_HERE", null, null)
        .event("LAO", "D6", "INTERVIEWED", "2025-01-10", null, null, "CHILD_SENSITIVE;SUPPORT_PERSON;INTERPRETER");
    // ---- IDN-05 (MMR): interviews of foreign cases
    f.simpleCase("MMR", "E1", "IDENTIFIED_HERE", "THA", 30)
        .event("MMR", "E1", "INTERVIEWED", "2025-01-10", null, null, "INTERPRETER");
    f.simpleCase("MMR", "E2", "IDENTIFIED_HERE", "XXA", 30)
        .event("MMR", "E2", "INTERVIEWED", "2025-01-10");
    f.simpleCase("MMR", "E3", "IDENTIFIED_HERE", "XXX", 30)
        .event("MMR", "E3", "INTERVIEWED", "2025-01-10", null, null, "INTERPRETER");
    f.simpleCase("MMR", "E4", "IDENTIFIED_HERE", "MMR", 30)
        .event("MMR", "E4", "INTERVIEWED", "2025-01-10", null, null, "INTERPRETER");
    f.simpleCase("MMR", "E5", "IDENTIFIED_HERE", "KHM", 30)
        .event("MMR", "E5", "INTERVIEWED", "2025-01-10", null, null, "INTERPRETER")
        .event("MMR", "E5", "INTERVIEWED", "2025-01-15");
    // ---- IDN-06 (CHN): INFO_SHARED events of any case type
    f.simpleCase("CHN", "F1", "IDENTIFIED_HERE", "VNM", 30)
        .event("CHN", "F1", "INFO_SHARED", "2025-01-10", null, "VNM", "CONSENT")
        .event("CHN", "F1", "INFO_SHARED", "2025-01-11", null, "LAO", null);
    f.caseRow("CHN", "F2", tok('a'), "M", 30, null, "CHN", "RETURNEE", null, null)
        .event("CHN", "F2", "INFO_SHARED", "2025-02-10", null, "VNM", "CONSENT;INTERPRETER");
    return f;
  }

  @Test
  void idn01MediansDecisionMinusFirstScreeningOverAllDecisionsIncludingNotVictim(SparkSession spark) {
    AggregateCells c = cells(spark);
    // A1 NOT_VICTIM 10 d: in (a decision is a decision); A2 PRESUMED 4 d: in;
    // A3 first decision 02-09 (the later 03-01 is ignored): 30 d; A4 decision before screen: out;
    // A5 RETURNEE: out; A6 no decision: out; A7 decision 04-02 (32 d): in 2025Q2, not Q1;
    // A8 first screening 01-03 (not 01-20): 22 d; A9 same day: 0 d.
    // 2025Q1 durations 0, 4, 10, 22, 30 -> median 10 over n = 5
    assertThat(c.counts("IDN-01", Q1, "THA")[1]).isEqualTo(5);
    assertThat(c.median("IDN-01", Q1, "THA")).isEqualTo(10.0);
    assertThat(c.total("IDN-01", Q1, "THA").isNullAt(5)).as("numerator of a days row").isFalse();
    assertThat(c.counts("IDN-01", "2025Q2", "THA")[1]).isEqualTo(1);
    assertThat(c.median("IDN-01", "2025Q2", "THA")).isEqualTo(32.0);
    assertThat(c.total("IDN-01", Q1, "THA").<org.apache.spark.sql.Row>getAs(AggregateTable.MEDIAN).isNullAt(1))
        .as("no interval below 6").isTrue();
  }

  @Test
  void idn02CountsDecisionsWithin30DaysOfObservableScreenings(SparkSession spark) {
    AggregateCells c = cells(spark);
    // B1 NOT_VICTIM at screen + 30: in, counts; B2 at + 31: in, not; B3 no decision: in, not;
    // B4 screen 03-01, window end 03-31 = extract date: observable, decision + 4 counts;
    // B5 screen 03-02, window end 04-01 > extract 03-31: not observable, out;
    // B6 decision before screening: in, not counted; B7 SELF_RETURNED: out.
    assertThat(c.counts("IDN-02", Q1, "VNM")).containsExactly(2, 5);
  }

  @Test
  void idn03CountsOpenEpisodesAndEpisodesEndingAfterIdPlus2(SparkSession spark) {
    AggregateCells c = cells(spark);
    // id 01-10, id + 2 = 01-12. C1 ended 01-12: in, not; C2 ended 01-13: counts;
    // C3 PRESUMED_VICTIM, open episode: counts; C4 DETENTION_ENDED 01-04 before DETAINED 01-05
    // ends nothing -> open: counts; C5 episode after identification ending 02-05: counts;
    // C6 ended before id: not; C7 NOT_VICTIM only: out;
    // C8 id is the first VICTIM decision 01-20 (not the NOT_VICTIM 01-05): ended 01-21 <= 01-22: not.
    assertThat(c.counts("IDN-03", Q1, "KHM")).containsExactly(4, 7);
    // C9 id 12-29, window end 12-31 = extract: in, open: counts; C10 id 12-30: window 2026-01-01, out
    assertThat(c.counts("IDN-03", "2025Q4", "KHM")).containsExactly(1, 1);
  }

  @Test
  void volume01CountsIdentifiedVictimsWithoutWaitingForAWindow(SparkSession spark) {
    AggregateCells c = cells(spark);
    // KHM Q1: C1-C6 and C8 (C7 NOT_VICTIM is no victim) = 7; Q4: C9 and C10 (window end = id)
    assertThat(c.counts("VOL-01", Q1, "KHM")[1]).isEqualTo(7);
    assertThat(c.counts("VOL-01", "2025Q4", "KHM")[1]).isEqualTo(2);
    // THA Q1: A2, A3, A4, A8, A9 identified here as victims (A7 is in Q2); A1 NOT_VICTIM; A5 RETURNEE
    assertThat(c.counts("VOL-01", Q1, "THA")[1]).isEqualTo(5);
    assertThat(c.counts("VOL-01", "2025Q2", "THA")[1]).isEqualTo(1);
  }

  @Test
  void idn04CountsInterviewsOfChildrenUnderThePresumptionOfChildhood(SparkSession spark) {
    AggregateCells c = cells(spark);
    // D1 age 16: two interviews, both flags (counts) and SUPPORT_PERSON only (not);
    // D2 age 19 presumed child: CHILD, both flags: counts; D3 no age, not presumed: UNKNOWN, out;
    // D4 no age, presumed: CHILD, CHILD_SENSITIVE only: not; D5 age 18: ADULT, out;
    // D6 age 17 with an extra flag: counts.
    assertThat(c.counts("IDN-04", Q1, "LAO")).containsExactly(3, 5);
    assertThat(c.categories("IDN-04", Q1, "LAO", "age_group")).containsExactly("CHILD");
    assertThat(c.counts("IDN-04", Q1, "LAO", "sex", "M")).containsExactly(1, 1);
    assertThat(c.counts("IDN-04", Q1, "LAO", "sex", "F")).containsExactly(2, 4);
  }

  @Test
  void idn05CountsStatelessAsForeignButNotUnknownNationality(SparkSession spark) {
    AggregateCells c = cells(spark);
    // E1 THA: interpreter, counts; E2 XXA stateless: foreign, no interpreter; E3 XXX: not foreign,
    // out; E4 MMR national: out; E5 KHM two interviews: one counts, one does not.
    assertThat(c.counts("IDN-05", Q1, "MMR")).containsExactly(2, 4);
    assertThat(c.categories("IDN-05", Q1, "MMR", "nationality")).containsExactly("KHM", "THA", "XXA");
    assertThat(c.counts("IDN-05", Q1, "MMR", "nationality", "XXA")).containsExactly(0, 1);
    assertThat(c.counts("IDN-05", Q1, "MMR", "nationality", "KHM")).containsExactly(1, 2);
  }

  @Test
  void idn06CountsConsentPerSharingAndBreaksDownByCounterpart(SparkSession spark) {
    AggregateCells c = cells(spark);
    // F1: VNM with consent (counts), LAO without; F2 RETURNEE: VNM with consent (counts)
    assertThat(c.counts("IDN-06", Q1, "CHN")).containsExactly(2, 3);
    assertThat(c.counts("IDN-06", Q1, "CHN", "counterpart_country", "VNM")).containsExactly(2, 2);
    assertThat(c.counts("IDN-06", Q1, "CHN", "counterpart_country", "LAO")).containsExactly(0, 1);
  }

  @Test
  void onlyCrossBorderIndicatorsAreBrokenDownByCounterpart(SparkSession spark) {
    AggregateCells c = cells(spark);
    assertThat(c.rows().stream().filter(r -> AggregateCells.dimension(r).equals("counterpart_country"))
            .map(AggregateCells::id).distinct().toList())
        .containsExactly("IDN-06");
  }
}
