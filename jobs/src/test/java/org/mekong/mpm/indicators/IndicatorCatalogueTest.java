package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;

class IndicatorCatalogueTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  @Test
  void holdsTheFrameworks33IndicatorsInTableOrder() {
    assertThat(catalogue.all()).extracting(Indicator::id).containsExactly(
        "IDN-01", "IDN-02", "IDN-03", "IDN-04", "IDN-05", "IDN-06",
        "CARE-01", "CARE-02-ACC", "CARE-02-MED", "CARE-02-PSY", "CARE-02-LEG", "CARE-03",
        "BID-01", "BID-02", "BID-03", "BID-04",
        "RET-01", "RET-02", "RET-03", "RET-04", "RET-05", "RET-06", "RET-07",
        "REI-01", "REI-02", "REI-03", "REI-04", "REI-05", "REI-06", "RET-08",
        "VOL-01", "VOL-02", "VOL-03");
  }

  @Test
  void sectionIsTheGuidelineSectionOfTheFirstReference() {
    assertThat(catalogue.all()).extracting(Indicator::id, Indicator::section).containsExactly(
        t("IDN-01", "II"), t("IDN-02", "II"), t("IDN-03", "II"), t("IDN-04", "II"), t("IDN-05", "II"),
        t("IDN-06", "II"), t("CARE-01", "III"), t("CARE-02-ACC", "III"), t("CARE-02-MED", "III"),
        t("CARE-02-PSY", "III"), t("CARE-02-LEG", "III"), t("CARE-03", "IV"), t("BID-01", "IV"),
        t("BID-02", "IV"), t("BID-03", "IV"), t("BID-04", "IV"), t("RET-01", "Return"), t("RET-02", "Return"),
        t("RET-03", "Return"), t("RET-04", "Return"), t("RET-05", "Return"), t("RET-06", "Return"),
        t("RET-07", "Return"), t("REI-01", "V"), t("REI-02", "V"), t("REI-03", "V"), t("REI-04", "V"),
        t("REI-05", "Return"), t("REI-06", "IV"), t("RET-08", "Return"), t("VOL-01", "II"),
        t("VOL-02", "Return"), t("VOL-03", "Return"));
  }

  @Test
  void unitsDirectionsAndTargetsAreTheSpecs() {
    assertThat(catalogue.all()).extracting(Indicator::id, i -> i.unit().code(), i -> i.direction() == null ? null : i.direction().code(),
            Indicator::target)
        .containsExactly(
            t("IDN-01", "days", "lower", 14.0), t("IDN-02", "percent", "higher", 90.0),
            t("IDN-03", "percent", "lower", 0.0), t("IDN-04", "percent", "higher", 100.0),
            t("IDN-05", "percent", "higher", null), t("IDN-06", "percent", "higher", 100.0),
            t("CARE-01", "percent", "higher", 90.0), t("CARE-02-ACC", "percent", "higher", 90.0),
            t("CARE-02-MED", "percent", "higher", 90.0), t("CARE-02-PSY", "percent", "higher", 90.0),
            t("CARE-02-LEG", "percent", "higher", 90.0), t("CARE-03", "percent", "lower", 10.0),
            t("BID-01", "percent", "higher", 90.0), t("BID-02", "days", "lower", 30.0),
            t("BID-03", "percent", "higher", 100.0), t("BID-04", "percent", "higher", 100.0),
            t("RET-01", "percent", "higher", 100.0), t("RET-02", "percent", "higher", 100.0),
            t("RET-03", "percent", "higher", 100.0), t("RET-04", "percent", "lower", 0.0),
            t("RET-05", "percent", "higher", 100.0), t("RET-06", "days", "lower", null),
            t("RET-07", "percent", "higher", 100.0), t("REI-01", "percent", "higher", 90.0),
            t("REI-02", "percent", "higher", 90.0), t("REI-03", "percent", "higher", 80.0),
            t("REI-04", "percent", "lower", 0.0), t("REI-05", "percent", "higher", 80.0),
            t("REI-06", "percent", "higher", 80.0), t("RET-08", "percent", "higher", 100.0),
            t("VOL-01", "count", null, null), t("VOL-02", "count", null, null), t("VOL-03", "count", null, null));
  }

  @Test
  void crossBorderIndicatorsAreTheOnesMarkedInTheTable() {
    assertThat(catalogue.all()).filteredOn(Indicator::crossBorder).extracting(Indicator::id).containsExactly(
        "IDN-06", "BID-02", "BID-03", "RET-01", "RET-02", "RET-03", "RET-04", "RET-05", "RET-06", "RET-07",
        "RET-08", "VOL-02", "VOL-03");
  }

  @Test
  void keepsTheSpecsCellTextsVerbatim() {
    Indicator rei03 = catalogue.byId("REI-03");
    assertThat(rei03.name()).isEqualTo("Follow-up standard met over 12 months");
    assertThat(rei03.guidelineRef()).isEqualTo("V.9");
    assertThat(rei03.population()).isEqualTo("returnees not deceased by `reception + 365`");
    assertThat(rei03.referenceDate()).isEqualTo("`reception + 365`");
    assertThat(rei03.windowEnd()).isEqualTo("`reception + 365`");
    assertThat(rei03.numerator()).isEqualTo(
        "a `FOLLOW_UP_VISIT` in each of `(r, r+90]`, `(r+90, r+180]`, `(r+180, r+365]`, r = `reception`");
    Indicator idn02 = catalogue.byId("IDN-02");
    assertThat(idn02.population()).isEqualTo("`IDENTIFIED_HERE` cases with `screen`");
    assertThat(idn02.referenceDate()).isEqualTo("`screen`");
    assertThat(idn02.windowEnd()).isEqualTo("`screen + 30`");
    assertThat(idn02.numerator()).isEqualTo("`decision` within 30 days after `screen`");
    assertThat(catalogue.byId("RET-05").guidelineRef()).isEqualTo("Return 2–3, IV.4d");
    assertThat(catalogue.byId("RET-05").name()).isEqualTo("Safe returns (all applicable return standards met)");
  }

  @Test
  void windowEndEqualsTheReferenceDateWhereTheSpecGivesNone() {
    assertThat(catalogue.byId("IDN-01").windowEnd()).isEqualTo("`decision`");
    assertThat(catalogue.byId("RET-01").windowEnd()).isEqualTo("event date");
    assertThat(catalogue.byId("VOL-01").windowEnd()).isEqualTo("`id`");
  }

  @Test
  void spellsOutTheRowsTheSpecWritesAsSame() {
    Indicator med = catalogue.byId("CARE-02-MED");
    assertThat(med.population()).isEqualTo("identified victims");
    assertThat(med.referenceDate()).isEqualTo("`id`");
    assertThat(med.windowEnd()).isEqualTo("`id + 30`");
    assertThat(med.numerator()).isEqualTo("a `SERVICE` `MEDICAL` (provided or declined) by `id + 30`");
    assertThat(catalogue.byId("CARE-02-PSY").numerator()).contains("`PSYCHOSOCIAL`");
    assertThat(catalogue.byId("CARE-02-LEG").numerator()).contains("`LEGAL`");
  }

  @Test
  void everyEntryHasAOneSentenceDefinitionAndNoBlankField() {
    for (Indicator i : catalogue.all()) {
      assertThat(List.of(i.name(), i.section(), i.guidelineRef(), i.unit().code(), i.population(), i.referenceDate(),
          i.windowEnd(), i.numerator(), i.definition())).as(i.id()).allSatisfy(s -> assertThat(s).isNotBlank());
      assertThat(i.definition()).as(i.id()).endsWith(".").doesNotContain("\n").doesNotContain("`")
          .doesNotContain(". ");
    }
  }

  @Test
  void headlineSetIsTheSpecsInItsOrder() {
    assertThat(catalogue.headline()).containsExactly("IDN-01", "IDN-02", "RET-05", "RET-02", "RET-07", "REI-02",
        "REI-03", "REI-04", "VOL-01", "VOL-02", "VOL-03");
  }

  @Test
  void unknownIdIsRefused() {
    assertThatThrownBy(() -> catalogue.byId("IDN-99")).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("IDN-99");
    assertThat(catalogue.contains("IDN-99")).isFalse();
    assertThat(catalogue.contains("REI-06")).isTrue();
  }

  @Test
  void theJarCarriesTheRepositorysCatalogue() throws Exception {
    byte[] onClasspath;
    try (var in = IndicatorCatalogue.class.getResourceAsStream("/schemas/indicators.json")) {
      onClasspath = in.readAllBytes();
    }
    assertThat(onClasspath).isEqualTo(Files.readAllBytes(Repo.path("schemas/indicators.json")));
  }

  private static org.assertj.core.groups.Tuple t(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
