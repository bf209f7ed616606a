package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;

class IndicatorValuesTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();
  private final Quarter q = Quarter.parse("2025Q3");

  @Test
  void aPercentRowCarriesValueWilsonIntervalTargetAndStatus() {
    RowKey key = RowKey.total(q, "REI-02", "THA").by(Dimension.SEX, "F");
    IndicatorValue v = IndicatorValues.fromCounts(catalogue.byId("REI-02"), 90.0, key, 81, 263);
    assertThat(v.period()).isEqualTo("2025Q3");
    assertThat(v.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(v.periodEnd()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(v.indicatorId()).isEqualTo("REI-02");
    assertThat(v.country()).isEqualTo("THA");
    assertThat(v.sex()).isEqualTo("F");
    assertThat(v.ageGroup()).isEqualTo("ALL");
    assertThat(v.numerator()).isEqualTo(81L);
    assertThat(v.denominator()).isEqualTo(263L);
    assertThat(v.value()).isCloseTo(30.798479, within(1e-6)); // 8100 / 263
    assertThat(v.ciLow()).isCloseTo(25.53, within(0.005)); // Newcombe: 0.2553
    assertThat(v.ciHigh()).isCloseTo(36.62, within(0.005)); // Newcombe: 0.3662
    assertThat(v.unit()).isEqualTo("percent");
    assertThat(v.direction()).isEqualTo("higher");
    assertThat(v.target()).isEqualTo(90.0);
    assertThat(v.status()).isEqualTo("NOT_MET");
    assertThat(v.suppressed()).isFalse();
  }

  @Test
  void anEmptyPercentRowIsNoDataWithNumeratorZero() {
    IndicatorValue v = IndicatorValues.fromCounts(catalogue.byId("RET-05"), 100.0,
        RowKey.total(q, "RET-05", "ALL"), 0, 0);
    assertThat(v.numerator()).isEqualTo(0L);
    assertThat(v.denominator()).isEqualTo(0L);
    assertThat(v.value()).isNull();
    assertThat(v.ciLow()).isNull();
    assertThat(v.ciHigh()).isNull();
    assertThat(v.target()).isEqualTo(100.0);
    assertThat(v.status()).isEqualTo("NO_DATA");
  }

  @Test
  void aCountRowIsItsDenominatorWithNothingElse() {
    IndicatorValue v = IndicatorValues.fromCounts(catalogue.byId("VOL-02"), null,
        RowKey.total(q, "VOL-02", "VNM").by(Dimension.COUNTERPART_COUNTRY, "THA"), 0, 37);
    assertThat(v.counterpartCountry()).isEqualTo("THA");
    assertThat(v.value()).isEqualTo(37.0);
    assertThat(v.denominator()).isEqualTo(37L);
    assertThat(v.numerator()).isNull();
    assertThat(v.ciLow()).isNull();
    assertThat(v.ciHigh()).isNull();
    assertThat(v.target()).isNull();
    assertThat(v.direction()).isNull();
    assertThat(v.unit()).isEqualTo("count");
    assertThat(v.status()).isEqualTo("NO_TARGET");
  }

  @Test
  void anEmptyCountRowIsNoData() {
    IndicatorValue v = IndicatorValues.fromCounts(catalogue.byId("VOL-01"), null,
        RowKey.total(q, "VOL-01", "LAO"), 0, 0);
    assertThat(v.value()).isNull();
    assertThat(v.denominator()).isEqualTo(0L);
    assertThat(v.status()).isEqualTo("NO_DATA");
  }

  @Test
  void aDaysRowIsTheMedianOfItsDurations() {
    IndicatorValue v = IndicatorValues.fromDurations(catalogue.byId("IDN-01"), 14.0,
        RowKey.total(q, "IDN-01", "KHM").by(Dimension.AGE_GROUP, "CHILD"),
        new long[] {30, 2, 5, 9, 14, 20, 1, 3, 7, 11});
    // sorted: 1 2 3 5 7 9 11 14 20 30; median (7 + 9) / 2 = 8; ranks 2 and 9 → 2 and 20
    assertThat(v.value()).isEqualTo(8.0);
    assertThat(v.ciLow()).isEqualTo(2.0);
    assertThat(v.ciHigh()).isEqualTo(20.0);
    assertThat(v.numerator()).isNull();
    assertThat(v.denominator()).isEqualTo(10L);
    assertThat(v.ageGroup()).isEqualTo("CHILD");
    assertThat(v.unit()).isEqualTo("days");
    assertThat(v.direction()).isEqualTo("lower");
    assertThat(v.status()).isEqualTo("MET");
  }

  @Test
  void aDaysRowAboveItsTargetIsNotMet() {
    IndicatorValue v = IndicatorValues.fromDurations(catalogue.byId("IDN-01"), 14.0,
        RowKey.total(q, "IDN-01", "KHM"), new long[] {14, 15});
    assertThat(v.value()).isEqualTo(14.5);
    assertThat(v.ciLow()).isNull();
    assertThat(v.status()).isEqualTo("NOT_MET");
  }

  @Test
  void anEmptyDaysRowIsNoDataWithNullNumerator() {
    IndicatorValue v = IndicatorValues.fromDurations(catalogue.byId("BID-02"), 30.0,
        RowKey.total(q, "BID-02", "MMR"), new long[0]);
    assertThat(v.numerator()).isNull();
    assertThat(v.denominator()).isEqualTo(0L);
    assertThat(v.value()).isNull();
    assertThat(v.status()).isEqualTo("NO_DATA");
  }

  @Test
  void aCountryWithoutSubmissionGetsNullCounts() {
    IndicatorValue v = IndicatorValues.noSubmission(catalogue.byId("REI-04"), 0.0,
        RowKey.total(q, "REI-04", "CHN"));
    assertThat(v.numerator()).isNull();
    assertThat(v.denominator()).isNull();
    assertThat(v.value()).isNull();
    assertThat(v.status()).isEqualTo("NO_SUBMISSION");
    assertThat(v.target()).isEqualTo(0.0);
  }

  @Test
  void refusesTheWrongFunctionForTheUnit() {
    assertThatThrownBy(() -> IndicatorValues.fromCounts(catalogue.byId("IDN-01"), 14.0,
        RowKey.total(q, "IDN-01", "THA"), 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValues.fromDurations(catalogue.byId("IDN-02"), 90.0,
        RowKey.total(q, "IDN-02", "THA"), new long[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValues.fromCounts(catalogue.byId("IDN-02"), 90.0,
        RowKey.total(q, "IDN-03", "THA"), 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowKeysPutTheCategoryInItsDimension() {
    RowKey t = RowKey.total(q, "RET-01", "THA");
    for (Dimension d : Dimension.values()) {
      IndicatorValue v = IndicatorValues.fromCounts(catalogue.byId("RET-01"), 100.0, t.by(d, "X1"), 1, 1);
      assertThat(v.dimension()).isEqualTo(d);
      assertThat(v.category()).isEqualTo("X1");
    }
    assertThat(IndicatorValues.fromCounts(catalogue.byId("RET-01"), 100.0, t, 1, 1).dimension()).isNull();
  }
}
