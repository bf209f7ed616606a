package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.indicators.AggregateCells.tok;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/**
 * RET-01 … RET-08 and VOL-02/03 on hand-computed fixtures. THA carries RET-01/03/05, VNM RET-02,
 * KHM RET-04, LAO RET-06; MMR's departures to CHN (and LAO, VNM) carry RET-07, CHN's receptions
 * from MMR (and LAO, VNM) carry RET-08.
 */
@ExtendWith(SharedSpark.class)
class ReturnIndicatorsTest {
  private static final String Q1 = "2025Q1";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2025Q4");
    return cells;
  }

  /** A return-ready case in THA: notified and file transferred for MMR on the given dates. */
  private static void prepared(CaseFixtures f, String id, Integer age, String presumed, String notified,
      String transferred) {
    f.caseRow("THA", id, null, "F", age, presumed, "MMR", "IDENTIFIED_HERE", null, null)
        .event("THA", id, "RETURN_NOTIFIED", notified, null, "MMR", null)
        .event("THA", id, "CASE_FILE_TRANSFERRED", transferred, null, "MMR", null);
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2025-12-31")
        .submission("VNM", "2025-12-31", "regional-old")  // tokens under another key never match
        .submission("KHM", "2025-12-31")
        .submission("LAO", "2025-03-31")
        .submission("MMR", "2025-12-31")
        .submission("CHN", "2025-04-30");
    // ---- RET-01/03/05 (THA): every departure to MMR on 2025-01-10 unless noted
    prepared(f, "Q1", 30, null, "2025-01-05", "2025-01-10");
    f.event("THA", "Q1", "RETURN_DEPARTED", "2025-01-10", null, "MMR", null);
    prepared(f, "Q2", 30, null, "2025-01-10", "2025-01-10");
    f.event("THA", "Q2", "RETURN_DEPARTED", "2025-01-10", null, "MMR", null);
    f.caseRow("THA", "Q3", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, null)
        .event("THA", "Q3", "RETURN_NOTIFIED", "2025-01-01", null, "KHM", null)
        .event("THA", "Q3", "RETURN_DEPARTED", "2025-01-10", null, "MMR", null)
        .event("THA", "Q3", "CASE_FILE_TRANSFERRED", "2025-01-11", null, "MMR", null);
    prepared(f, "Q4", 30, null, "2025-01-01", "2025-01-01");
    f.event("THA", "Q4", "RETURN_DEPARTED", "2025-01-10", null, "MMR", "MEDIA_PRESENT");
    prepared(f, "Q5", 15, null, "2025-01-01", "2025-01-01");
    f.event("THA", "Q5", "FAMILY_ASSESSMENT", "2025-01-02", "SUITABLE", null, null)
        .event("THA", "Q5", "RISK_ASSESSMENT", "2025-01-03", "LOW", null, null)
        .event("THA", "Q5", "RETURN_DEPARTED", "2025-01-10", null, "MMR", "ESCORTED");
    prepared(f, "Q6", 19, "Y", "2025-01-01", "2025-01-01");
    f.event("THA", "Q6", "RISK_ASSESSMENT", "2025-01-03", "LOW", null, null)
        .event("THA", "Q6", "RETURN_DEPARTED", "2025-01-10", null, "MMR", "ESCORTED");
    prepared(f, "Q7", 10, null, "2025-01-01", "2025-01-01");
    f.event("THA", "Q7", "FAMILY_ASSESSMENT", "2025-01-02", "SUITABLE", null, null)
        .event("THA", "Q7", "RISK_ASSESSMENT", "2025-01-03", "LOW", null, null)
        .event("THA", "Q7", "RETURN_DEPARTED", "2025-01-10", null, "MMR", null);
    prepared(f, "Q8", 30, null, "2025-01-01", "2025-01-01");
    f.event("THA", "Q8", "RETURN_DEPARTED", "2025-01-10", null, "MMR", null)
        .event("THA", "Q8", "RECEIVED", "2025-02-01", null, "MMR", "MEDIA_PRESENT")
        .event("THA", "Q8", "RETURN_DEPARTED", "2025-02-20", null, "MMR", null);
    // ---- RET-02 (VNM): child departures escorted
    f.simpleCase("VNM", "R1", "IDENTIFIED_HERE", "THA", 12)
        .event("VNM", "R1", "RETURN_DEPARTED", "2025-01-10", null, "THA", "ESCORTED")
        .event("VNM", "R1", "RETURN_DEPARTED", "2025-02-10", null, "THA", null);
    f.caseRow("VNM", "R2", null, "M", null, "Y", "KHM", "IDENTIFIED_HERE", null, null)
        .event("VNM", "R2", "RETURN_DEPARTED", "2025-01-10", null, "KHM", "ESCORTED;MEDIA_PRESENT");
    f.simpleCase("VNM", "R3", "IDENTIFIED_HERE", "THA", null)
        .event("VNM", "R3", "RETURN_DEPARTED", "2025-01-10", null, "THA", "ESCORTED");
    f.simpleCase("VNM", "R4", "IDENTIFIED_HERE", "THA", 40)
        .event("VNM", "R4", "RETURN_DEPARTED", "2025-01-10", null, "THA", "ESCORTED");
    // ---- RET-04, VOL-03 (KHM): departures and receptions with media present
    f.simpleCase("KHM", "S1", "IDENTIFIED_HERE", "THA", 30)
        .event("KHM", "S1", "RETURN_DEPARTED", "2025-01-10", null, "THA", "MEDIA_PRESENT");
    f.simpleCase("KHM", "S2", "RETURNEE", "KHM", 30)
        .event("KHM", "S2", "RECEIVED", "2025-01-15", null, "THA", "ESCORTED;MEDIA_PRESENT");
    f.simpleCase("KHM", "S3", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "S3", "RECEIVED", "2025-01-20", null, "VNM", null);
    f.simpleCase("KHM", "S4", "IDENTIFIED_HERE", "VNM", 30)
        .event("KHM", "S4", "RETURN_DEPARTED", "2025-01-25", null, "VNM", "ESCORTED");
    // ---- RET-06 (LAO, extract 2025-03-31): departure minus id
    f.simpleCase("LAO", "U1", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "U1", "IDENTIFIED", "2025-01-01", "VICTIM", null, null)
        .event("LAO", "U1", "RETURN_DEPARTED", "2025-01-21", null, "THA", null);
    f.simpleCase("LAO", "U2", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "U2", "IDENTIFIED", "2025-01-10", "PRESUMED_VICTIM", null, null)
        .event("LAO", "U2", "RETURN_DEPARTED", "2025-01-10", null, "THA", null);
    f.simpleCase("LAO", "U3", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "U3", "RETURN_DEPARTED", "2025-01-20", null, "THA", null)
        .event("LAO", "U3", "IDENTIFIED", "2025-02-01", "VICTIM", null, null);
    f.simpleCase("LAO", "U4", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "U4", "IDENTIFIED", "2025-01-01", "NOT_VICTIM", null, null)
        .event("LAO", "U4", "RETURN_DEPARTED", "2025-01-20", null, "THA", null);
    f.simpleCase("LAO", "U5", "IDENTIFIED_HERE", "THA", 30)
        .event("LAO", "U5", "IDENTIFIED", "2025-01-01", "VICTIM", null, null)
        .event("LAO", "U5", "RETURN_DEPARTED", "2025-01-31", null, "THA", null)
        .event("LAO", "U5", "RETURN_DEPARTED", "2025-03-01", null, "VNM", null);
    // ---- RET-07 (MMR departures) and RET-08 (CHN receptions)
    crossBorder(f, "P1", "MC/1", null, "2025-01-10", "2025-02-09", "MMR");
    crossBorder(f, "P2", "MC/2", null, "2025-01-10", "2025-02-10", "MMR");
    crossBorder(f, "P3", "MC/3", null, "2025-01-10", "2025-01-09", "MMR");
    f.caseRow("MMR", "P4", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "MC/4")
        .event("MMR", "P4", "RETURN_DEPARTED", "2025-01-10", null, "CHN", null);
    f.caseRow("CHN", "P4", null, "F", 30, null, "MMR", "RETURNEE", null, "mc/4")
        .event("CHN", "P4", "RECEIVED", "2025-01-12", null, "MMR", null);
    f.caseRow("MMR", "P5", tok('5'), "F", 30, null, "MMR", "IDENTIFIED_HERE", null, null)
        .event("MMR", "P5", "RETURN_DEPARTED", "2025-01-10", null, "CHN", null);
    f.caseRow("CHN", "P5", tok('5'), "F", 30, null, "MMR", "IDENTIFIED_HERE", null, null)
        .event("CHN", "P5", "RECEIVED", "2025-01-15", null, "MMR", null);
    crossBorder(f, "P6", "MC/6", null, "2025-01-10", "2025-01-15", "VNM");
    f.caseRow("MMR", "P7", tok('7'), "F", 30, null, "MMR", "IDENTIFIED_HERE", null, null)
        .event("MMR", "P7", "RETURN_DEPARTED", "2025-01-10", null, "VNM", null);
    f.caseRow("VNM", "P7", tok('7'), "F", 30, null, "MMR", "RETURNEE", null, null)
        .event("VNM", "P7", "RECEIVED", "2025-01-11", null, "MMR", null);
    f.caseRow("MMR", "P8", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "MC/8")
        .event("MMR", "P8", "RETURN_DEPARTED", "2025-01-10", null, "CHN", null)
        .event("MMR", "P8", "RETURN_DEPARTED", "2025-01-20", null, "CHN", null);
    f.caseRow("CHN", "P8", null, "F", 30, null, "MMR", "RETURNEE", null, "MC/8")
        .event("CHN", "P8", "RECEIVED", "2025-01-21", null, "MMR", null);
    f.caseRow("MMR", "P9", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "MC/9")
        .event("MMR", "P9", "RETURN_DEPARTED", "2025-04-01", null, "CHN", null);
    f.caseRow("MMR", "P10", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "MC/10")
        .event("MMR", "P10", "RETURN_DEPARTED", "2025-03-31", null, "CHN", null);
    f.caseRow("MMR", "P11", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "ML/1")
        .event("MMR", "P11", "RETURN_DEPARTED", "2025-03-01", null, "LAO", null);
    f.caseRow("LAO", "P11", null, "F", 30, null, "MMR", "RETURNEE", null, "ML/1")
        .event("LAO", "P11", "RECEIVED", "2025-03-02", null, "MMR", null);
    f.caseRow("MMR", "P12", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "ML/2")
        .event("MMR", "P12", "RETURN_DEPARTED", "2025-03-02", null, "LAO", null);
    f.caseRow("MMR", "P14", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, "MY/1")
        .event("MMR", "P14", "RETURN_DEPARTED", "2025-01-10", null, "MYS", null);
    f.caseRow("MMR", "P13", null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, null)
        .event("MMR", "P13", "RETURN_DEPARTED", "2025-01-10", null, "CHN", null);
    f.caseRow("CHN", "P13", null, "F", 30, null, "MMR", "RETURNEE", null, null)
        .event("CHN", "P13", "RECEIVED", "2025-01-11", null, "MMR", null);
    // LAO -> CHN: a departure one day after the reception (matched), and a reception the day of
    // LAO's extract date (the sender's extract is too old for it)
    f.caseRow("LAO", "LC1", null, "F", 30, null, "CHN", "IDENTIFIED_HERE", null, "LC/1")
        .event("LAO", "LC1", "RETURN_DEPARTED", "2025-03-31", null, "CHN", null);
    f.caseRow("CHN", "LC1", null, "F", 30, null, "CHN", "RETURNEE", null, "LC/1")
        .event("CHN", "LC1", "RECEIVED", "2025-03-30", null, "LAO", null);
    f.caseRow("CHN", "LC2", null, "F", 30, null, "CHN", "RETURNEE", null, "LC/2")
        .event("CHN", "LC2", "RECEIVED", "2025-03-31", null, "LAO", null);
    return f;
  }

  /** A departure from MMR to CHN and a reception in CHN from {@code from}, under one bilateral ref. */
  private static void crossBorder(CaseFixtures f, String id, String ref, String token, String departed,
      String received, String from) {
    f.caseRow("MMR", id, token, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, ref)
        .event("MMR", id, "RETURN_DEPARTED", departed, null, "CHN", null);
    f.caseRow("CHN", id, token, "F", 30, null, "MMR", "RETURNEE", null, ref)
        .event("CHN", id, "RECEIVED", received, null, from, null);
  }

  @Test
  void ret01CountsNotificationsToTheSameCounterpartStrictlyBeforeDeparture(SparkSession spark) {
    AggregateCells c = cells(spark);
    // THA's 9 departures: Q1-Q7 one each, Q8 two (returned twice: two members).
    // Q2 notified the same day: not; Q3 notified KHM, departed to MMR: not; all others: counts,
    // Q8's second departure too (preparations are not paired with departures).
    assertThat(c.counts("RET-01", Q1, "THA")).containsExactly(7, 9);
    assertThat(c.counts("RET-01", Q1, "THA", "counterpart_country", "MMR")).containsExactly(7, 9);
  }

  @Test
  void ret03CountsFilesTransferredByTheDepartureDate(SparkSession spark) {
    AggregateCells c = cells(spark);
    // Q2 transferred on the departure day: counts; Q3 transferred the day after: not.
    assertThat(c.counts("RET-03", Q1, "THA")).containsExactly(8, 9);
  }

  @Test
  void ret05NeedsEveryStandardAndLooksAtTheDepartureEventForMedia(SparkSession spark) {
    AggregateCells c = cells(spark);
    // Q1 adult, notified and file: counts; Q2 (same-day notice) Q3 (neither): not;
    // Q4 media at departure: not; Q5 child escorted and assessed: counts;
    // Q6 presumed child (age 19) without family assessment: not; Q7 child not escorted: not;
    // Q8 both departures count; its RECEIVED event with media does not matter.
    assertThat(c.counts("RET-05", Q1, "THA")).containsExactly(4, 9);
    assertThat(c.counts("RET-05", Q1, "THA", "age_group", "CHILD")).containsExactly(1, 3);
    assertThat(c.counts("RET-05", Q1, "THA", "age_group", "ADULT")).containsExactly(3, 6);
  }

  @Test
  void ret02CountsEscortedChildDepartures(SparkSession spark) {
    AggregateCells c = cells(spark);
    // R1 age 12: escorted (counts) then not; R2 presumed child without age: counts;
    // R3 no age, not presumed (UNKNOWN): out; R4 adult: out.
    assertThat(c.counts("RET-02", Q1, "VNM")).containsExactly(2, 3);
    assertThat(c.counts("RET-02", Q1, "VNM", "counterpart_country", "THA")).containsExactly(1, 2);
    assertThat(c.counts("RET-02", Q1, "VNM", "counterpart_country", "KHM")).containsExactly(1, 1);
  }

  @Test
  void ret04CountsMediaAtDeparturesAndReceptions(SparkSession spark) {
    AggregateCells c = cells(spark);
    // S1 departure with media: counts; S2 reception with media: counts; S3 reception (of an
    // IDENTIFIED_HERE case: any case type) without: not; S4 departure without: not.
    assertThat(c.counts("RET-04", Q1, "KHM")).containsExactly(2, 4);
    assertThat(c.counts("RET-04", Q1, "KHM", "counterpart_country", "THA")).containsExactly(2, 2);
    assertThat(c.counts("RET-04", Q1, "KHM", "counterpart_country", "VNM")).containsExactly(0, 2);
  }

  @Test
  void ret06MediansDepartureMinusIdForVictimsIdentifiedByTheDeparture(SparkSession spark) {
    AggregateCells c = cells(spark);
    // U1 20; U2 same day 0; U3 identified after departing: out; U4 NOT_VICTIM: out;
    // U5 two departures 30 (THA) and 59 (VNM); LC1 never identified: out.
    // 0, 20, 30, 59 -> (20 + 30) / 2 = 25
    assertThat(c.counts("RET-06", Q1, "LAO")[1]).isEqualTo(4);
    assertThat(c.median("RET-06", Q1, "LAO")).isEqualTo(25.0);
    assertThat(c.median("RET-06", Q1, "LAO", "counterpart_country", "THA")).isEqualTo(20.0);
    assertThat(c.median("RET-06", Q1, "LAO", "counterpart_country", "VNM")).isEqualTo(59.0);
  }

  @Test
  void ret07ConfirmsDeparturesByReceptionsFromDepartureMinus1ToPlus30(SparkSession spark) {
    AggregateCells c = cells(spark);
    // MMR departures (CHN extract 2025-04-30, so population needs departure <= 03-31):
    // P1 received at +30: confirmed; P2 at +31: not; P3 at -1: confirmed;
    // P4 refs differ in case ("MC/4" vs "mc/4"): not; P5 same token, same key, no ref: confirmed;
    // P6 CHN received it from VNM, not from MMR: not;
    // P7 to VNM, same token but VNM's key is another: not;
    // P8 returned twice (01-10, 01-20), one reception 01-21 confirms both;
    // P9 departed 04-01, CHN extract < +30: out; P10 departed 03-31 (+30 = CHN extract): in, not;
    // P11 to LAO 03-01 (+30 = LAO extract 03-31), received 03-02: confirmed;
    // P12 to LAO 03-02: LAO's extract too old: out; P14 to MYS, no submission: out;
    // P13 no ref, no token on either side: not.
    assertThat(c.counts("RET-07", Q1, "MMR")).containsExactly(6, 12);
    assertThat(c.counts("RET-07", Q1, "MMR", "counterpart_country", "CHN")).containsExactly(5, 10);
    assertThat(c.counts("RET-07", Q1, "MMR", "counterpart_country", "LAO")).containsExactly(1, 1);
    assertThat(c.counts("RET-07", Q1, "MMR", "counterpart_country", "VNM")).containsExactly(0, 1);
    assertThat(c.cell("RET-07", "2025Q2", "MMR", "total", "ALL")).isNull();
  }

  @Test
  void ret08MatchesReceptionsByDeparturesFromReceptionMinus30ToPlus1(SparkSession spark) {
    AggregateCells c = cells(spark);
    // CHN receptions (MMR extract 2025-12-31): P1 departed at -30: matched; P2 at -31: not;
    // P3 departed the day after (+1): matched; P4 ref differs in case: not; P5 token: matched;
    // P6 from VNM (VNM has no such departure): not; P8 one reception, matched;
    // P13 no ref, no token: not. From LAO (extract 03-31): LC1 received 03-30 (+1 = extract),
    // departed 03-31: matched; LC2 received 03-31: sender's extract too old: out.
    assertThat(c.counts("RET-08", Q1, "CHN")).containsExactly(5, 9);
    assertThat(c.counts("RET-08", Q1, "CHN", "counterpart_country", "MMR")).containsExactly(4, 7);
    assertThat(c.counts("RET-08", Q1, "CHN", "counterpart_country", "VNM")).containsExactly(0, 1);
    assertThat(c.counts("RET-08", Q1, "CHN", "counterpart_country", "LAO")).containsExactly(1, 1);
  }

  @Test
  void volumesCountDeparturesAndReceptionsOfReturnees(SparkSession spark) {
    AggregateCells c = cells(spark);
    // VOL-02: THA's 9 departures (Q8 twice). VOL-03 KHM: S2 (RETURNEE); S3 is IDENTIFIED_HERE.
    assertThat(c.counts("VOL-02", Q1, "THA")[1]).isEqualTo(9);
    assertThat(c.counts("VOL-03", Q1, "KHM")[1]).isEqualTo(1);
    assertThat(c.counts("VOL-03", Q1, "KHM", "counterpart_country", "THA")[1]).isEqualTo(1);
    // CHN: RETURNEE receptions P1, P2, P3, P4, P6, P8, P13, LC1, LC2 (P5 is IDENTIFIED_HERE)
    assertThat(c.counts("VOL-03", Q1, "CHN")[1]).isEqualTo(9);
  }
}
