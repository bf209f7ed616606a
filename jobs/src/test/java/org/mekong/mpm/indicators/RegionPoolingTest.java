package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/** The region's rows pool members (sums, one median over all members) and the one-dimension breakdowns. */
@ExtendWith(SharedSpark.class)
class RegionPoolingTest {
  private static final String Q1 = "2025Q1";
  private static AggregateCells cells;

  private static synchronized AggregateCells cells(SparkSession spark) {
    if (cells == null) cells = AggregateCells.compute(spark, fixture(), "2025Q1", "2025Q1");
    return cells;
  }

  /** A case screened 2025-01-01 and decided on {@code decided}. */
  private static void screened(CaseFixtures f, String country, String id, String sex, String types,
      String decided) {
    f.caseRow(country, id, null, sex, 30, null, "MMR", "IDENTIFIED_HERE", types, null)
        .event(country, id, "SCREENED", "2025-01-01")
        .event(country, id, "IDENTIFIED", decided, "VICTIM", null, null);
  }

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures().submission("THA", "2025-12-31").submission("VNM", "2025-12-31");
    screened(f, "THA", "TA", "F", "SEXUAL;FORCED_LABOUR", "2025-01-02"); // 1 day
    screened(f, "THA", "TB", "M", "SEXUAL;SEXUAL", "2025-01-03");        // 2 days, repeated code
    screened(f, "THA", "TC", "F", null, "2025-01-04");                   // 3 days, no type
    screened(f, "VNM", "VA", "F", "FORCED_LABOUR", "2025-01-11");        // 10 days
    screened(f, "VNM", "VB", "F", null, "2025-01-21");                   // 20 days
    screened(f, "VNM", "VC", "F", null, "2025-01-31");                   // 30 days
    screened(f, "VNM", "VD", "F", null, "2025-02-15");                   // 45 days: not within 30
    return f;
  }

  @Test
  void regionMedianIsOverAllMembersNotAnAverageOfCountryMedians(SparkSession spark) {
    AggregateCells c = cells(spark);
    // THA 1, 2, 3 -> 2; VNM 10, 20, 30, 45 -> 25; ALL 1, 2, 3, 10, 20, 30, 45 -> 10 (not 13.5)
    assertThat(c.median("IDN-01", Q1, "THA")).isEqualTo(2.0);
    assertThat(c.median("IDN-01", Q1, "VNM")).isEqualTo(25.0);
    assertThat(c.median("IDN-01", Q1, "ALL")).isEqualTo(10.0);
    assertThat(c.counts("IDN-01", Q1, "ALL")[1]).isEqualTo(7);
    // n = 7: ranks round(3.5 - 1.96 * sqrt(7) / 2) = round(0.91) = 1 and round(1 + 3.5 + 2.59) = 7
    var m = c.total("IDN-01", Q1, "ALL").<org.apache.spark.sql.Row>getAs(AggregateTable.MEDIAN);
    assertThat(m.getDouble(1)).isEqualTo(1.0);
    assertThat(m.getDouble(2)).isEqualTo(45.0);
  }

  @Test
  void regionPercentSumsNumeratorsAndDenominators(SparkSession spark) {
    AggregateCells c = cells(spark);
    // IDN-02: THA 3 of 3, VNM 3 of 4 (VD at 45 days) -> ALL 6 of 7
    assertThat(c.counts("IDN-02", Q1, "THA")).containsExactly(3, 3);
    assertThat(c.counts("IDN-02", Q1, "VNM")).containsExactly(3, 4);
    assertThat(c.counts("IDN-02", Q1, "ALL")).containsExactly(6, 7);
    assertThat(c.counts("IDN-02", Q1, "ALL", "sex", "M")).containsExactly(1, 1);
    assertThat(c.counts("IDN-02", Q1, "ALL", "sex", "F")).containsExactly(5, 6);
  }

  @Test
  void aCaseCountsOnceInEachOfItsExploitationTypesAndNoneInNoGroup(SparkSession spark) {
    AggregateCells c = cells(spark);
    // SEXUAL: TA and TB (whose repeated code counts once) -> 2; FORCED_LABOUR: TA and VA -> 2;
    // TC, VB, VC, VD have no type and are in no exploitation-type row.
    assertThat(c.categories("IDN-02", Q1, "ALL", "exploitation_type"))
        .containsExactly("FORCED_LABOUR", "SEXUAL");
    assertThat(c.counts("IDN-02", Q1, "ALL", "exploitation_type", "SEXUAL")).containsExactly(2, 2);
    assertThat(c.counts("IDN-02", Q1, "THA", "exploitation_type", "SEXUAL")).containsExactly(2, 2);
    assertThat(c.counts("IDN-02", Q1, "ALL", "exploitation_type", "FORCED_LABOUR")).containsExactly(2, 2);
    // FORCED_LABOUR durations 1 (TA) and 10 (VA) -> 5.5
    assertThat(c.median("IDN-01", Q1, "ALL", "exploitation_type", "FORCED_LABOUR")).isEqualTo(5.5);
  }

  @Test
  void noCountryOrCategoryRowWithoutMembers(SparkSession spark) {
    AggregateCells c = cells(spark);
    assertThat(c.categories("IDN-02", Q1, "VNM", "sex")).containsExactly("F");
    assertThat(c.categories("IDN-02", Q1, "ALL", "counterpart_country")).isEmpty();
    assertThat(c.rows()).allSatisfy(r -> assertThat(AggregateCells.period(r)).isEqualTo(Q1));
  }

  @Test
  void regionMedianPoolsTheCountriesMembersWithARepeatedCodeCountedOnce(SparkSession spark) {
    CaseFixtures f = new CaseFixtures().submission("THA", "2025-12-31").submission("VNM", "2025-12-31");
    screened(f, "THA", "A1", "F", "SEXUAL", "2025-01-02");               // 1 day
    screened(f, "THA", "A2", "F", "SEXUAL", "2025-01-02");               // 1 day, the same attributes as A1
    screened(f, "THA", "B", "F", "SEXUAL", "2025-01-03");                // 2 days
    screened(f, "VNM", "C", "F", "SEXUAL;SEXUAL", "2025-01-31");         // 30 days, repeated code
    screened(f, "VNM", "D", "F", "SEXUAL;SEXUAL", "2025-02-10");         // 40 days, repeated code
    AggregateCells c = AggregateCells.compute(spark, f, Q1, Q1);
    // THA 1, 1, 2 -> 1; VNM 30, 40 -> 35; ALL 1, 1, 2, 30, 40 -> 2: not the countries' mean 18, and not
    // 30, the median if C and D counted twice (1, 1, 2, 30, 30, 40, 40)
    assertThat(c.median("IDN-01", Q1, "THA", "exploitation_type", "SEXUAL")).isEqualTo(1.0);
    assertThat(c.median("IDN-01", Q1, "VNM", "exploitation_type", "SEXUAL")).isEqualTo(35.0);
    assertThat(c.median("IDN-01", Q1, "ALL", "exploitation_type", "SEXUAL")).isEqualTo(2.0);
    assertThat(c.median("IDN-01", Q1, "ALL")).isEqualTo(2.0);
    assertThat(c.counts("IDN-01", Q1, "ALL", "exploitation_type", "SEXUAL")).containsExactly(0, 5);
    // within 30 days: A1, A2, B, C, not D (40 days)
    assertThat(c.counts("IDN-02", Q1, "THA", "exploitation_type", "SEXUAL")).containsExactly(3, 3);
    assertThat(c.counts("IDN-02", Q1, "VNM", "exploitation_type", "SEXUAL")).containsExactly(1, 2);
    assertThat(c.counts("IDN-02", Q1, "ALL", "exploitation_type", "SEXUAL")).containsExactly(4, 5);
    assertThat(c.counts("IDN-02", Q1, "ALL", "sex", "F")).containsExactly(4, 5);
  }
}
