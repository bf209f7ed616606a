package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3 (Wilson). */
class WilsonIntervalTest {

  private static void assertInterval(long x, long n, double lowProportion, double highProportion) {
    Interval ci = WilsonInterval.of(x, n);
    // the paper gives 4 decimals of a proportion: 2 decimals on the percent scale, ± half a unit
    assertThat(ci.low()).as("low of %d/%d", x, n).isCloseTo(100 * lowProportion, within(0.005));
    assertThat(ci.high()).as("high of %d/%d", x, n).isCloseTo(100 * highProportion, within(0.005));
  }

  @Test
  void matchesNewcombesReferenceValues() {
    assertInterval(81, 263, 0.2553, 0.3662);
    assertInterval(15, 148, 0.0624, 0.1605);
    assertInterval(0, 20, 0, 0.1611);
    assertInterval(1, 29, 0.0061, 0.1718);
  }

  @Test
  void noneIsBoundedExactlyBelowByZero() {
    assertThat(WilsonInterval.of(0, 20).low()).isEqualTo(0.0);
  }

  @Test
  void allIsBoundedExactlyAboveByHundredAndMirrorsNone() {
    Interval all = WilsonInterval.of(20, 20);
    assertThat(all.high()).isEqualTo(100.0);
    // by symmetry with 0/20: 1 − 0.1611
    assertThat(all.low()).isCloseTo(100 * (1 - 0.1611), within(0.005));
  }

  @Test
  void oneOfOneStillHasAWideInterval() {
    // x = n = 1: low = 1 / (1 + z²) = 1 / 4.8415 = 0.20654
    Interval ci = WilsonInterval.of(1, 1);
    assertThat(ci.low()).isCloseTo(20.654, within(0.001));
    assertThat(ci.high()).isEqualTo(100.0);
  }

  @Test
  void anEmptyDenominatorHasNoInterval() {
    assertThat(WilsonInterval.of(0, 0)).isNull();
  }

  @Test
  void refusesMoreSuccessesThanTrials() {
    assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
