package org.mekong.mpm.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.disclosure.Rows.ALL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.audit.DisclosureAudit;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.SurvivalRow;

class DisclosureControlTest {
  private static final int K = 10;
  private static final String IND = "RET-05";

  private static List<IndicatorValue> sexTable(String[] countries, long[][] dens) {
    List<IndicatorValue> rows = new ArrayList<>(Rows.table(IND, Dimension.SEX, countries,
        new String[] {"F", "M"}, dens));
    rows.addAll(Rows.totals(IND, countries, dens));
    return rows;
  }

  @Test
  void aSingleSmallCellGetsPartnersOnTheCheapestRectangle() {
    String[] countries = {"KHM", "LAO", "THA"};
    List<IndicatorValue> in = sexTable(countries, new long[][] {{3, 20}, {15, 25}, {30, 40}});

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    assertThat(Rows.suppressed(out)).containsExactlyInAnyOrder(
        "KHM SEX F", "KHM SEX M", "LAO SEX F", "LAO SEX M");
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void suppressedRowsShowNoFiguresAndKeepTheirOrder() {
    String[] countries = {"KHM", "LAO", "THA"};
    List<IndicatorValue> in = sexTable(countries, new long[][] {{3, 20}, {15, 25}, {30, 40}});

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    assertThat(out).hasSameSizeAs(in);
    for (int i = 0; i < in.size(); i++) {
      IndicatorValue o = out.get(i);
      if (o.suppressed()) {
        assertThat(o).isEqualTo(in.get(i).suppress());
        assertThat(o.status()).isEqualTo("SUPPRESSED");
        assertThat(o.numerator()).isNull();
        assertThat(o.denominator()).isNull();
        assertThat(o.value()).isNull();
      } else {
        assertThat(o).isSameAs(in.get(i));
      }
    }
  }

  @Test
  void aLineWhoseSuppressedCellsSumBelowKGetsAnother() {
    String[] countries = {"KHM", "LAO", "THA"};
    long[][] dens = {{2, 20}, {3, 20}, {20, 20}};
    List<IndicatorValue> in = new ArrayList<>(Rows.table(IND, Dimension.EXPLOITATION_TYPE,
        countries, new String[] {"BEGGING", "LABOUR"}, dens));
    in.addAll(Rows.totals(IND, countries, dens));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    // 2 + 3 < 10: the smallest inner cell of the column joins them, not the region's margin.
    assertThat(Rows.suppressed(out)).containsExactlyInAnyOrder(
        "KHM EXPLOITATION_TYPE BEGGING", "LAO EXPLOITATION_TYPE BEGGING",
        "THA EXPLOITATION_TYPE BEGGING");
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void theExploitationTypeTableOnlyEnforcesTheCountryDirection() {
    String[] countries = {"KHM", "LAO", "THA"};
    long[][] dens = {{3, 40, 40}, {20, 30, 30}, {25, 30, 30}};
    List<IndicatorValue> in = new ArrayList<>(Rows.table(IND, Dimension.EXPLOITATION_TYPE,
        countries, new String[] {"BEGGING", "FISHING", "LABOUR"}, dens));
    in.addAll(Rows.totals(IND, countries, dens));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    // The partner is in the column only: KHM's other types and its total stay published.
    assertThat(Rows.suppressed(out)).containsExactlyInAnyOrder(
        "KHM EXPLOITATION_TYPE BEGGING", "LAO EXPLOITATION_TYPE BEGGING");
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void aLineWhoseCellsAreAllSuppressedNeedsNoMorePartners() {
    String[] countries = {"KHM", "LAO"};
    long[][] dens = {{30, 0, 3}, {0, 30, 0}};
    List<IndicatorValue> in = new ArrayList<>(Rows.table(IND, Dimension.NATIONALITY, countries,
        new String[] {"KHM", "LAO", "NPL"}, dens));
    in.addAll(Rows.totals(IND, countries, dens));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    // Column NPL holds only KHM and the region, both hidden: 3 + 3 < k states no equation.
    assertThat(Rows.suppressed(out)).containsExactlyInAnyOrder(
        "KHM NATIONALITY NPL", "KHM NATIONALITY KHM", "ALL NATIONALITY NPL",
        "ALL NATIONALITY KHM");
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void zeroDenominatorAndNoSubmissionRowsAreNeverSuppressedNorPartners() {
    List<IndicatorValue> in = List.of(
        Rows.cell(IND, "LAO", Dimension.SEX, "F", 3),
        Rows.cell(IND, "LAO", Dimension.SEX, "M", 20),
        Rows.row(Rows.PERIOD, IND, "LAO", Dimension.SEX, "X", 0L, 0L),
        Rows.cell(IND, "THA", Dimension.SEX, "F", 15),
        Rows.cell(IND, "THA", Dimension.SEX, "M", 25),
        Rows.cell(IND, ALL, Dimension.SEX, "F", 18),
        Rows.cell(IND, ALL, Dimension.SEX, "M", 45),
        Rows.row(Rows.PERIOD, IND, ALL, Dimension.SEX, "X", 0L, 0L),
        Rows.total(IND, "KHM", null),
        Rows.total(IND, "LAO", 23L),
        Rows.total(IND, "THA", 40L),
        Rows.total(IND, "VNM", 0L),
        Rows.total(IND, ALL, 63L));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    for (int i = 0; i < in.size(); i++) {
      Long den = in.get(i).denominator();
      if (den == null || den == 0) assertThat(out.get(i)).isSameAs(in.get(i));
    }
    assertThat(out).filteredOn(v -> "KHM".equals(v.country())).singleElement()
        .extracting(IndicatorValue::status).isEqualTo("NO_SUBMISSION");
    assertThat(out).filteredOn(v -> "VNM".equals(v.country())).singleElement()
        .extracting(IndicatorValue::status).isEqualTo("NO_DATA");
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void theSameInputInAnyOrderGivesTheSamePattern() {
    List<IndicatorValue> in = new ArrayList<>();
    for (int q = 1; q <= 2; q++) {
      in.addAll(SyntheticMart.family("2024Q" + q, "REI-02", 11L * q, 7L * q, 60));
    }
    Set<List<String>> expected = pattern(DisclosureControl.protect(in, K));
    assertThat(expected).isNotEmpty();

    for (long seed = 1; seed <= 5; seed++) {
      List<IndicatorValue> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(pattern(DisclosureControl.protect(shuffled, K))).isEqualTo(expected);
    }
  }

  @Test
  void indicatorsWithTheSameDenominatorsGetTheSamePattern() {
    List<IndicatorValue> in = new ArrayList<>();
    in.addAll(SyntheticMart.family(Rows.PERIOD, "RET-01", 42L, 1L, 80));
    in.addAll(SyntheticMart.family(Rows.PERIOD, "RET-03", 42L, 2L, 80));
    in.addAll(SyntheticMart.family(Rows.PERIOD, "RET-05", 42L, 3L, 80));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    Set<List<String>> ret01 = patternWithoutIndicator(out, "RET-01");
    assertThat(ret01).isNotEmpty();
    assertThat(patternWithoutIndicator(out, "RET-03")).isEqualTo(ret01);
    assertThat(patternWithoutIndicator(out, "RET-05")).isEqualTo(ret01);
  }

  @Test
  void aCountryTotalSuppressedInTheSexTableIsProtectedInAllItsTables() {
    // KHM's small F cell is cheapest protected through KHM's total (no other country has F and M).
    String[] countries = {"KHM", "LAO", "THA"};
    long[][] sex = {{5, 100}, {10, 0}, {0, 30}};
    long[][] age = {{60, 45}, {10, 0}, {20, 10}};
    List<IndicatorValue> in = new ArrayList<>(Rows.table(IND, Dimension.SEX, countries,
        new String[] {"F", "M"}, sex));
    in.addAll(Rows.table(IND, Dimension.AGE_GROUP, countries, new String[] {"ADULT", "CHILD"}, age));
    in.addAll(Rows.totals(IND, countries, sex));

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    assertThat(Rows.suppressed(out)).contains("KHM null ALL", "LAO null ALL", "KHM SEX F",
        "LAO SEX F");
    // In the age table the hidden totals need partners of their own.
    assertThat(Rows.suppressed(out)).anyMatch(s -> s.startsWith("KHM AGE_GROUP"));
    assertThat(DisclosureAudit.audit(in, out, K)).isEmpty();
  }

  @Test
  void survivalRowsWithFewerThanKAtRiskAreNulled() {
    List<SurvivalRow> in = List.of(
        new SurvivalRow("KHM", "ALL", 30, 40L, 2L, 0.95, 0.88, 1.0),
        new SurvivalRow("KHM", "ALL", 90, 9L, 1L, 0.84, 0.6, 1.0),
        new SurvivalRow("KHM", "ALL", 120, 10L, 1L, 0.8, 0.55, 1.0));

    List<SurvivalRow> out = DisclosureControl.protectSurvival(in, K);

    assertThat(out.get(0)).isEqualTo(in.get(0));
    assertThat(out.get(1)).isEqualTo(new SurvivalRow("KHM", "ALL", 90, null, null, null, null, null));
    assertThat(out.get(2)).isEqualTo(in.get(2));
  }

  private static Set<List<String>> pattern(List<IndicatorValue> out) {
    return out.stream().filter(IndicatorValue::suppressed)
        .map(v -> List.of(v.period(), v.indicatorId(), v.country(), v.sex(), v.ageGroup(), v.nationality(),
            v.exploitationType(), v.counterpartCountry()))
        .collect(Collectors.toSet());
  }

  private static Set<List<String>> patternWithoutIndicator(List<IndicatorValue> out, String id) {
    return out.stream().filter(v -> v.indicatorId().equals(id) && v.suppressed())
        .map(v -> List.of(v.country(), v.sex(), v.ageGroup(), v.nationality(),
            v.exploitationType(), v.counterpartCountry()))
        .collect(Collectors.toSet());
  }
}
