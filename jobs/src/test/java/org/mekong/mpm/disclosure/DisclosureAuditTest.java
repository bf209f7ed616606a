package org.mekong.mpm.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.cli.MpmException;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;

class DisclosureAuditTest {
  private static final int K = 10;
  private static final String IND = "IDN-02";
  private static final String[] COUNTRIES = {"KHM", "LAO", "MMR", "THA"};
  private static final String[] SEX = {"F", "M", "X", "U"};

  private static List<IndicatorValue> sexTable(long[][] dens) {
    List<IndicatorValue> rows = new ArrayList<>(Rows.table(IND, Dimension.SEX, COUNTRIES, SEX, dens));
    rows.addAll(Rows.totals(IND, COUNTRIES, dens));
    return rows;
  }

  /** Publishes {@code in} with exactly the named cells ("country category") suppressed. */
  private static List<IndicatorValue> publishWith(List<IndicatorValue> in, Set<String> hidden) {
    return in.stream()
        .map(v -> hidden.contains(v.country() + " " + v.category()) ? v.suppress() : v)
        .toList();
  }

  @Test
  void twoRectanglesJoinedByOneCellAreCaughtAsABridge() {
    long[][] dens = {{20, 20, 20, 20}, {20, 20, 3, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}};
    List<IndicatorValue> in = sexTable(dens);
    // KHM/LAO × F/M and MMR/THA × X/U are rectangles; LAO × X joins them, on no cycle.
    List<IndicatorValue> out = publishWith(in, Set.of("KHM F", "KHM M", "LAO F", "LAO M",
        "MMR X", "MMR U", "THA X", "THA U", "LAO X"));

    List<Violation> violations = DisclosureAudit.audit(in, out, K);

    // Every line has at least two suppressed cells summing to k: only the cycle rule sees it.
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(Violation.Rule.BRIDGE);
      assertThat(v.country()).isEqualTo("LAO");
      assertThat(v.category()).isEqualTo("X");
      assertThat(v.table()).isEqualTo("2024Q1 IDN-02 SEX");
    });
  }

  @Test
  void aLoneSuppressedCellFailsTheLineRule() {
    long[][] dens = {{20, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}};
    List<IndicatorValue> in = sexTable(dens);

    List<Violation> violations = DisclosureAudit.audit(in, publishWith(in, Set.of("KHM F")), K);

    assertThat(violations).extracting(Violation::rule)
        .contains(Violation.Rule.LINE, Violation.Rule.BRIDGE);
  }

  @Test
  void aPublishedSmallOrAlteredRowIsAViolation() {
    long[][] dens = {{3, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}};
    List<IndicatorValue> in = sexTable(dens);
    List<IndicatorValue> out = new ArrayList<>(in);
    IndicatorValue v = out.get(1);
    out.set(1, new IndicatorValue(v.period(), v.periodStart(), v.periodEnd(), v.indicatorId(),
        v.country(), v.sex(), v.ageGroup(), v.nationality(), v.exploitationType(),
        v.counterpartCountry(), v.numerator(), v.denominator() + 1, v.value(), v.ciLow(),
        v.ciHigh(), v.unit(), v.direction(), v.target(), v.status(), false));

    assertThat(DisclosureAudit.audit(in, out, K)).extracting(Violation::rule)
        .contains(Violation.Rule.PRIMARY, Violation.Rule.ALTERED);
  }

  @Test
  void aSuppressedZeroOrMissingRowIsAViolation() {
    List<IndicatorValue> in = List.of(Rows.total(IND, "KHM", null), Rows.total(IND, "LAO", 0L),
        Rows.total(IND, Rows.ALL, 0L));
    List<IndicatorValue> out = in.stream().map(IndicatorValue::suppress).toList();

    assertThat(DisclosureAudit.audit(in, out, K)).extracting(Violation::rule)
        .containsOnly(Violation.Rule.NOT_A_CELL);
  }

  @Test
  void aFailedAuditStopsPublicationWithExitStatusThreeNamingTheTable() {
    long[][] dens = {{20, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}, {20, 20, 20, 20}};
    List<IndicatorValue> in = sexTable(dens);

    assertThatThrownBy(() -> DisclosureAudit.requirePassed(in, publishWith(in, Set.of("KHM F")), K))
        .isInstanceOfSatisfying(MpmException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
        .hasMessageContaining("2024Q1 IDN-02 SEX");
  }

  @Test
  void theAuditPassesOnProtectedPseudoRandomTables() {
    List<IndicatorValue> in = new ArrayList<>();
    String[] indicators = {"IDN-02", "RET-01", "REI-02", "VOL-01"};
    for (int q = 1; q <= 4; q++) {
      for (int i = 0; i < indicators.length; i++) {
        long seed = 1000L * q + i;
        // Small and large populations: sparse tables are the hard ones.
        in.addAll(SyntheticMart.family("2023Q" + q, indicators[i], seed, seed + 1, 10 + 40 * i));
      }
    }

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    assertThat(out).anyMatch(IndicatorValue::suppressed);
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void protectsAndAuditsAHundredThousandRowsInAFewSeconds() {
    List<IndicatorValue> in = new ArrayList<>();
    for (int q = 0; q < 16; q++) {
      for (int i = 0; i < 33; i++) {
        long seed = 31L * q + i;
        in.addAll(SyntheticMart.family(2021 + q / 4 + "Q" + (q % 4 + 1), "IND-" + i, seed, -seed, 700));
      }
    }

    long start = System.nanoTime();
    List<IndicatorValue> out = DisclosureControl.protect(in, K);
    long protectMs = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    List<Violation> violations = DisclosureAudit.audit(in, out, K);
    long auditMs = (System.nanoTime() - start) / 1_000_000;
    long hidden = out.stream().filter(IndicatorValue::suppressed).count();
    long primary = in.stream()
        .filter(v -> v.denominator() != null && v.denominator() > 0 && v.denominator() < K).count();
    System.out.printf("disclosure: %d rows, %d primary, %d suppressed, protect %d ms, audit %d ms%n",
        in.size(), primary, hidden, protectMs, auditMs);

    assertThat(in.size()).isGreaterThan(100_000);
    assertThat(violations).isEmpty();
    assertThat(protectMs).isLessThan(20_000);
  }
}
