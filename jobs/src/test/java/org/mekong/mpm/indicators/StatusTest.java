package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  private Status percent(String id, Double target, long num, long den) {
    return Status.of(catalogue.byId(id), target, num, den, null);
  }

  private Status days(String id, Double target, double median) {
    return Status.of(catalogue.byId(id), target, 0, 7, median);
  }

  @Test
  void higherIsBetterIsMetExactlyAtTheTargetAndNotOneBelow() {
    assertThat(percent("REI-02", 90.0, 9, 10)).isEqualTo(Status.MET); // 900 = 90 × 10
    assertThat(percent("REI-02", 90.0, 899, 1000)).isEqualTo(Status.NOT_MET); // 89900 < 90000
    assertThat(percent("RET-05", 100.0, 20, 20)).isEqualTo(Status.MET);
    assertThat(percent("RET-05", 100.0, 19, 20)).isEqualTo(Status.NOT_MET);
  }

  @Test
  void lowerIsBetterIsMetExactlyAtTheTargetAndNotOneAbove() {
    assertThat(percent("CARE-03", 10.0, 1, 10)).isEqualTo(Status.MET); // 100 = 10 × 10
    assertThat(percent("CARE-03", 10.0, 2, 19)).isEqualTo(Status.NOT_MET); // 200 > 190
    assertThat(percent("IDN-03", 0.0, 0, 500)).isEqualTo(Status.MET);
    assertThat(percent("IDN-03", 0.0, 1, 500)).isEqualTo(Status.NOT_MET);
  }

  @Test
  void fractionalTargetsCompareWithoutRoundingError() {
    assertThat(percent("REI-03", 12.5, 1, 8)).isEqualTo(Status.MET); // 100 = 12.5 × 8
    assertThat(percent("REI-03", 12.5, 1, 9)).isEqualTo(Status.NOT_MET); // 100 < 112.5
    // 0.07 × 100 in doubles is 7.000000000000001; exactly it is 7 = target
    assertThat(percent("CARE-03", 7.0, 7, 100)).isEqualTo(Status.MET);
    assertThat(percent("REI-03", 33.3, 1, 3)).isEqualTo(Status.MET); // 100 > 99.9
  }

  @Test
  void daysCompareTheMedian() {
    assertThat(days("IDN-01", 14.0, 14)).isEqualTo(Status.MET);
    assertThat(days("IDN-01", 14.0, 14.5)).isEqualTo(Status.NOT_MET);
    assertThat(days("IDN-01", 14.0, 13.5)).isEqualTo(Status.MET);
  }

  @Test
  void noTargetGivesNoTarget() {
    assertThat(percent("IDN-05", null, 3, 4)).isEqualTo(Status.NO_TARGET);
    assertThat(days("RET-06", null, 40)).isEqualTo(Status.NO_TARGET);
  }

  @Test
  void countsHaveNoTargetEvenIfGivenOne() {
    assertThat(percent("VOL-01", 5.0, 0, 12)).isEqualTo(Status.NO_TARGET);
  }

  @Test
  void anEmptyDenominatorIsNoData() {
    assertThat(percent("REI-02", 90.0, 0, 0)).isEqualTo(Status.NO_DATA);
    assertThat(percent("VOL-02", null, 0, 0)).isEqualTo(Status.NO_DATA);
    assertThat(Status.of(catalogue.byId("IDN-01"), 14.0, 0, 0, null)).isEqualTo(Status.NO_DATA);
  }
}
