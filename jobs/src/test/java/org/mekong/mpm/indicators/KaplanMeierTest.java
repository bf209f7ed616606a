package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.indicators.KaplanMeier.Step;
import org.mekong.mpm.indicators.KaplanMeier.Tally;

class KaplanMeierTest {

  /** Follow-up times, + = censored, counted per time as Spark hands them over. */
  private static List<Tally> tallies(String data) {
    TreeMap<Long, long[]> byTime = new TreeMap<>();
    for (String s : data.split(",")) {
      long[] c = byTime.computeIfAbsent(Long.parseLong(s.replace("+", "")), t -> new long[2]);
      c[s.endsWith("+") ? 1 : 0]++;
    }
    List<Tally> out = new ArrayList<>();
    byTime.forEach((t, c) -> out.add(new Tally(t, c[0], c[1])));
    return out;
  }

  /** Freireich et al. (1963), 6-MP arm: weeks of remission, + = censored. */
  private static List<Tally> freireich() {
    return tallies("6,6,6,6+,7,9+,10,10+,11+,13,16,17+,19+,20+,22,23,25+,32+,32+,34+,35+");
  }

  @Test
  void reproducesTheClassicSurvivalEstimatesFor6MP() {
    List<Step> steps = KaplanMeier.estimate(freireich());
    assertThat(steps).extracting(Step::day).containsExactly(6L, 7L, 10L, 13L, 16L, 22L, 23L);
    assertThat(steps).extracting(Step::atRisk).containsExactly(21L, 17L, 15L, 12L, 11L, 7L, 6L);
    assertThat(steps).extracting(Step::events).containsExactly(3L, 1L, 1L, 1L, 1L, 1L, 1L);
    double[] expected = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
    for (int i = 0; i < expected.length; i++) {
      assertThat(steps.get(i).survival()).as("S at %d", steps.get(i).day()).isCloseTo(expected[i], within(0.0005));
    }
  }

  @Test
  void greenwoodBoundsOfTheFirstTwoTimesMatchTheHandComputation() {
    List<Step> steps = KaplanMeier.estimate(freireich());
    // t=6: S = 18/21 = 0.857143; Σ = 3/(21·18) = 0.0079365; z·S·√Σ = 1.959964 × 0.857143 × 0.0890871 = 0.149664
    Step six = steps.get(0);
    assertThat(six.ciLow()).isCloseTo(0.707479, within(1e-6));
    assertThat(six.ciHigh()).isEqualTo(1.0); // 1.006806 clamped
    // t=7: S = 0.857143 × 16/17 = 0.806723; Σ = 0.0079365 + 1/(17·16) = 0.0116130;
    // z·S·√Σ = 1.959964 × 0.806723 × 0.107764 = 0.170390
    Step seven = steps.get(1);
    assertThat(seven.ciLow()).isCloseTo(0.636333, within(1e-6));
    assertThat(seven.ciHigh()).isCloseTo(0.977113, within(1e-6));
  }

  @Test
  void eventsComeBeforeCensoringsAtTheSameTime() {
    // at t=5 one event and one censoring: both at risk, S = 1/2; the censored one leaves after
    List<Step> steps = KaplanMeier.estimate(List.of(new Tally(5, 1, 1), new Tally(9, 1, 0)));
    assertThat(steps).extracting(Step::day, Step::atRisk, Step::events)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 3L, 1L),
            org.assertj.core.groups.Tuple.tuple(9L, 1L, 1L));
    assertThat(steps.get(0).survival()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void survivalZeroHasNoBounds() {
    // t=2: S = 1/2, Σ = 1/(2·1) = 0.5, half = z·0.5·√0.5 = 0.692952; t=4: everyone left has the event
    List<Step> steps = KaplanMeier.estimate(tallies("2,4"));
    assertThat(steps.get(0).survival()).isEqualTo(0.5);
    assertThat(steps.get(0).ciLow()).isEqualTo(0.0);
    assertThat(steps.get(0).ciHigh()).isEqualTo(1.0);
    Step last = steps.get(1);
    assertThat(last.survival()).isEqualTo(0.0);
    assertThat(last.ciLow()).isNull();
    assertThat(last.ciHigh()).isNull();
  }

  @Test
  void onlyCensoringsGiveNoRows() {
    assertThat(KaplanMeier.estimate(tallies("3+,8+"))).isEmpty();
    assertThat(KaplanMeier.estimate(List.of())).isEmpty();
  }

  @Test
  void talliesInAnyOrderGiveTheSameSteps() {
    List<Tally> reversed = new ArrayList<>(freireich());
    java.util.Collections.reverse(reversed);
    assertThat(KaplanMeier.estimate(reversed)).isEqualTo(KaplanMeier.estimate(freireich()));
  }

  @Test
  void twoTalliesForOneTimeAreAnError() {
    assertThatThrownBy(() -> KaplanMeier.estimate(List.of(new Tally(4, 1, 0), new Tally(4, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStepBecomesAMartRow() {
    Step s = new Step(30, 12, 2, 0.8, 0.6, 1.0);
    assertThat(s.toRow("THA", "2025")).isEqualTo(new SurvivalRow("THA", "2025", 30, 12L, 2L, 0.8, 0.6, 1.0));
  }
}
