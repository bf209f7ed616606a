package org.mekong.mpm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.disclosure.Rows;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.problem.Problem;

/** The audit on hand-built linked tables: each recoverable pattern flagged, each safe one passed. */
class DisclosureAuditTest {
  private static final int K = 10;
  private static final String IND = "IDN-02";
  private static final String ALL = IndicatorValue.ALL;
  private static final String[] PERIODS = {"2024Q1", "2024Q2", "2024Q3", "2024Q4", "2024"};

  /** Total rows only, KHM and LAO and the region, four quarters of 20 each and their year. */
  private static List<IndicatorValue> totalsOverAYear() {
    List<IndicatorValue> rows = new ArrayList<>();
    for (String p : PERIODS) {
      long each = p.length() == 4 ? 80 : 20;
      rows.add(Rows.row(p, IND, "KHM", null, ALL, each / 2, each));
      rows.add(Rows.row(p, IND, "LAO", null, ALL, each / 2, each));
      rows.add(Rows.row(p, IND, ALL, null, ALL, each, 2 * each));
    }
    return rows;
  }

  /** Publishes {@code in} with exactly the named rows ("period country dimension category") suppressed. */
  private static List<IndicatorValue> publishWith(List<IndicatorValue> in, Set<String> hidden) {
    return in.stream().map(v -> hidden.contains(name(v)) ? v.suppress() : v).toList();
  }

  private static String name(IndicatorValue v) {
    return v.period() + " " + v.country() + " " + (v.dimension() == null ? "total" : v.category());
  }

  private static List<String> flagged(List<Violation> violations, Violation.Rule rule) {
    return violations.stream().filter(v -> v.rule() == rule)
        .map(v -> v.period() + " " + v.country() + " " + (v.dimension() == null ? "total" : v.category()))
        .toList();
  }

  @Test
  void aQuarterIsRecoverableFromThePublishedYearAndItsThreeOtherQuarters() {
    List<IndicatorValue> in = totalsOverAYear();
    // 1.0 per quarter: the 2024Q1 column has two suppressed cells summing to 40; fine.
    Set<String> hidden = Set.of("2024Q1 KHM total", "2024Q1 LAO total");

    List<Violation> violations = DisclosureAudit.audit(in, publishWith(in, hidden), K);

    // KHM's 2024Q1 = 2024 − 2024Q2 − 2024Q3 − 2024Q4, all published.
    assertThat(flagged(violations, Violation.Rule.DETERMINED))
        .containsExactlyInAnyOrder("2024Q1 KHM total", "2024Q1 LAO total");
    // Without the year, the same quarter is safe.
    List<IndicatorValue> quarterOnly = in.stream().filter(v -> v.period().equals("2024Q1")).toList();
    assertThat(DisclosureAudit.audit(quarterOnly, publishWith(quarterOnly, hidden), K)).isEmpty();
  }

  @Test
  void aBoxAcrossCountriesAndTimePasses() {
    List<IndicatorValue> in = totalsOverAYear();
    Set<String> hidden = Set.of("2024Q1 KHM total", "2024Q1 LAO total", "2024 KHM total", "2024 LAO total");

    assertThat(DisclosureAudit.audit(in, publishWith(in, hidden), K)).isEmpty();
  }

  @Test
  void twoBoxesJoinedThroughTimeAreCaughtWhereThe10CycleRuleSawNothing() {
    // Countries × periods of total rows: rectangles {KHM, LAO} × {Q1, Q2} and {THA, ALL} × {Q3, 2024},
    // joined by LAO × Q3. Every line (quarter columns and time lines) has two or more suppressed cells
    // summing to k, and each quarter alone (all 1.0 looked at) passes; but LAO × Q3 lies on no cycle of
    // the country × time table.
    List<IndicatorValue> in = new ArrayList<>();
    for (String p : PERIODS) {
      long each = p.length() == 4 ? 80 : 20;
      for (String c : new String[] {"KHM", "LAO", "THA"}) in.add(Rows.row(p, IND, c, null, ALL, each / 2, each));
      in.add(Rows.row(p, IND, ALL, null, ALL, 3 * each / 2, 3 * each));
    }
    Set<String> hidden = Set.of("2024Q1 KHM total", "2024Q2 KHM total", "2024Q1 LAO total", "2024Q2 LAO total",
        "2024Q3 THA total", "2024 THA total", "2024Q3 ALL total", "2024 ALL total", "2024Q3 LAO total");

    List<Violation> violations = DisclosureAudit.audit(in, publishWith(in, hidden), K);

    assertThat(flagged(violations, Violation.Rule.LINE)).isEmpty();
    assertThat(flagged(violations, Violation.Rule.DETERMINED)).containsExactly("2024Q3 LAO total");
    // Each quarter on its own, as 1.0 checked it, passes.
    for (String q : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4")) {
      List<IndicatorValue> quarter = in.stream().filter(v -> v.period().equals(q)).toList();
      assertThat(DisclosureAudit.audit(quarter, publishWith(quarter, hidden), K)).as(q).isEmpty();
    }
  }

  /**
   * Three countries of 40 (20 per category) in the sex, age and nationality tables of one quarter.
   * Each table hides two rectangles through the country totals column, so in each table on its own
   * every suppressed cell lies on a cycle and every line holds two; but the totals column is shared,
   * and the three tables' cycles move the totals in incompatible ways.
   */
  private static List<IndicatorValue> threeTables() {
    String[] countries = {"KHM", "LAO", "THA"};
    long[][] dens = {{20, 20}, {20, 20}, {20, 20}};
    List<IndicatorValue> rows = new ArrayList<>();
    rows.addAll(Rows.table(IND, Dimension.SEX, countries, new String[] {"F", "M"}, dens));
    rows.addAll(Rows.table(IND, Dimension.AGE_GROUP, countries, new String[] {"CHILD", "ADULT"}, dens));
    rows.addAll(Rows.table(IND, Dimension.NATIONALITY, countries, new String[] {"MMR", "VNM"}, dens));
    rows.addAll(Rows.totals(IND, countries, dens));
    return rows;
  }

  private static final Set<String> TOTALS = Set.of("2024Q1 KHM total", "2024Q1 LAO total", "2024Q1 THA total",
      "2024Q1 ALL total");

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> s = new java.util.HashSet<>(base);
    s.addAll(List.of(more));
    return s;
  }

  @Test
  void aCellIsRecoverableThroughACountryTotalSharedByTheSexAgeAndNationalityTables() {
    List<IndicatorValue> in = threeTables();
    // sex: {KHM, LAO} × {F, total} and {THA, ALL} × {M, total}; age: {LAO, THA} × {CHILD, total} and
    // {KHM, ALL} × {ADULT, total}; nationality: {KHM, THA} × {MMR, total} and {LAO, ALL} × {VNM, total}.
    Set<String> hidden = with(TOTALS, "2024Q1 KHM F", "2024Q1 LAO F", "2024Q1 THA M", "2024Q1 ALL M",
        "2024Q1 LAO CHILD", "2024Q1 THA CHILD", "2024Q1 KHM ADULT", "2024Q1 ALL ADULT",
        "2024Q1 KHM MMR", "2024Q1 THA MMR", "2024Q1 LAO VNM", "2024Q1 ALL VNM");

    List<Violation> violations = DisclosureAudit.audit(in, publishWith(in, hidden), K);

    assertThat(flagged(violations, Violation.Rule.LINE)).isEmpty();
    assertThat(flagged(violations, Violation.Rule.DETERMINED)).contains("2024Q1 KHM total", "2024Q1 KHM F");
    // Each table with the totals alone passes: only the sharing gives the cells away.
    for (Dimension d : List.of(Dimension.SEX, Dimension.AGE_GROUP, Dimension.NATIONALITY)) {
      List<IndicatorValue> one = in.stream().filter(v -> v.dimension() == null || v.dimension() == d).toList();
      assertThat(DisclosureAudit.audit(one, publishWith(one, hidden), K)).as(d.name()).isEmpty();
    }
  }

  @Test
  void theSameTotalsHiddenByOneBoxAcrossTheTablesPass() {
    List<IndicatorValue> in = threeTables();
    // {KHM, LAO} × {total, F, CHILD, MMR}: one null-space vector through all three tables.
    Set<String> hidden = Set.of("2024Q1 KHM total", "2024Q1 LAO total", "2024Q1 KHM F", "2024Q1 LAO F",
        "2024Q1 KHM CHILD", "2024Q1 LAO CHILD", "2024Q1 KHM MMR", "2024Q1 LAO MMR");

    assertThat(DisclosureAudit.audit(in, publishWith(in, hidden), K)).isEmpty();
  }

  @Test
  void aLoneSuppressedCellFailsBothRules() {
    List<IndicatorValue> in = threeTables();

    List<Violation> violations = DisclosureAudit.audit(in, publishWith(in, Set.of("2024Q1 KHM F")), K);

    assertThat(violations).extracting(Violation::rule).contains(Violation.Rule.LINE, Violation.Rule.DETERMINED);
  }

  @Test
  void aPublishedSmallOrAlteredRowIsAViolation() {
    List<IndicatorValue> in = new ArrayList<>(List.of(Rows.total(IND, "KHM", 3L), Rows.total(IND, "LAO", 30L),
        Rows.total(IND, ALL, 33L)));
    List<IndicatorValue> out = new ArrayList<>(in);
    IndicatorValue v = out.get(1);
    out.set(1, new IndicatorValue(v.period(), v.periodType(), v.periodStart(), v.periodEnd(), v.indicatorId(),
        v.country(), v.sex(), v.ageGroup(), v.nationality(), v.exploitationType(), v.counterpartCountry(),
        v.numerator(), v.denominator() + 1, v.value(), v.ciLow(), v.ciHigh(), v.unit(), v.direction(), v.target(),
        v.status(), false));

    assertThat(DisclosureAudit.audit(in, out, K)).extracting(Violation::rule)
        .contains(Violation.Rule.PRIMARY, Violation.Rule.ALTERED);
  }

  @Test
  void aSuppressedZeroOrMissingRowIsAViolation() {
    List<IndicatorValue> in = List.of(Rows.total(IND, "KHM", null), Rows.total(IND, "LAO", 0L),
        Rows.total(IND, ALL, 0L));
    List<IndicatorValue> out = in.stream().map(IndicatorValue::suppress).toList();

    assertThat(DisclosureAudit.audit(in, out, K)).extracting(Violation::rule)
        .containsOnly(Violation.Rule.NOT_A_CELL);
  }

  @Test
  void aFailedAuditStopsPublicationWithExitStatusThreeNamingTheTable() {
    List<IndicatorValue> in = threeTables();

    assertThatThrownBy(() -> DisclosureAudit.requirePassed(in, publishWith(in, Set.of("2024Q1 KHM F")), K))
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(3))
        .hasMessageContaining("2024Q1 IDN-02 SEX");
  }
}
