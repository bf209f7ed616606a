package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Ranks by hand, z = 1.959963984540054, round = half up:
 * n=6: 3 − z·√6/2 = 3 − 2.40046 = 0.59954 → 1; 1 + 3 + 2.40046 = 6.40046 → 6.
 * n=7: 3.5 − z·√7/2 = 3.5 − 2.59279 = 0.90721 → 1; 4.5 + 2.59279 = 7.09279 → 7.
 * n=10: 5 − z·√10/2 = 5 − 3.09898 = 1.90102 → 2; 6 + 3.09898 = 9.09898 → 9.
 * n=100: 50 − z·10/2 = 50 − 9.79982 = 40.20018 → 40; 51 + 9.79982 = 60.79982 → 61.
 */
class MedianWithIntervalTest {

  @Test
  void fiveDurationsHaveAMedianButNoInterval() {
    MedianWithInterval m = MedianWithInterval.of(new long[] {9, 1, 5, 3, 7});
    assertThat(m.median()).isEqualTo(5.0);
    assertThat(m.low()).isNull();
    assertThat(m.high()).isNull();
  }

  @Test
  void sixDurationsSpanTheWholeSample() {
    MedianWithInterval m = MedianWithInterval.of(new long[] {12, 2, 4, 6, 8, 10});
    assertThat(m.median()).isEqualTo(7.0); // (6 + 8) / 2
    assertThat(m.low()).isEqualTo(2.0); // rank 1
    assertThat(m.high()).isEqualTo(12.0); // rank 6
  }

  @Test
  void sevenDurationsClampTheUpperRankToN() {
    MedianWithInterval m = MedianWithInterval.of(new long[] {70, 10, 20, 30, 40, 50, 60});
    assertThat(m.median()).isEqualTo(40.0);
    assertThat(m.low()).isEqualTo(10.0); // rank 1
    assertThat(m.high()).isEqualTo(70.0); // rank 7.09 → 7
  }

  @Test
  void tenDurationsUseRanks2And9() {
    MedianWithInterval m = MedianWithInterval.of(new long[] {100, 1, 4, 9, 16, 25, 36, 49, 64, 81});
    // sorted: 1 4 9 16 25 36 49 64 81 100
    assertThat(m.median()).isEqualTo(30.5); // (25 + 36) / 2
    assertThat(m.low()).isEqualTo(4.0); // rank 2
    assertThat(m.high()).isEqualTo(81.0); // rank 9
  }

  @Test
  void hundredDurationsUseRanks40And61() {
    // durations 1..100 reversed: the value at rank r is r
    long[] d = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
    MedianWithInterval m = MedianWithInterval.of(d);
    assertThat(m.median()).isEqualTo(50.5);
    assertThat(m.low()).isEqualTo(40.0);
    assertThat(m.high()).isEqualTo(61.0);
  }

  @Test
  void ranksFollowTheHandComputation() {
    assertThat(MedianWithInterval.ranks(6)).containsExactly(1, 6);
    assertThat(MedianWithInterval.ranks(7)).containsExactly(1, 7);
    assertThat(MedianWithInterval.ranks(10)).containsExactly(2, 9);
    assertThat(MedianWithInterval.ranks(100)).containsExactly(40, 61);
  }

  @Test
  void tiedDurationsAndOneDurationWork() {
    assertThat(MedianWithInterval.of(new long[] {3}).median()).isEqualTo(3.0);
    assertThat(MedianWithInterval.of(new long[] {0, 0, 0, 0, 0, 0}).low()).isEqualTo(0.0);
  }

  @Test
  void noDurationsHaveNoMedian() {
    assertThat(MedianWithInterval.of(new long[0])).isNull();
  }

  @Test
  void doesNotReorderTheCallersArray() {
    long[] d = {3, 1, 2};
    MedianWithInterval.of(d);
    assertThat(d).containsExactly(3, 1, 2);
  }

  /** The histogram form gives what the list form gives, on seeded random durations with many ties. */
  @Test
  void aHistogramGivesTheMedianAndIntervalOfItsDurations() {
    java.util.Random random = new java.util.Random(20261204L);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(60);
      long[] durations = new long[n];
      for (int i = 0; i < n; i++) durations[i] = random.nextInt(1 + random.nextInt(40));
      java.util.TreeMap<Long, Long> histogram = new java.util.TreeMap<>();
      for (long d : durations) histogram.merge(d, 1L, Long::sum);
      long[] values = histogram.keySet().stream().mapToLong(Long::longValue).toArray();
      long[] counts = histogram.values().stream().mapToLong(Long::longValue).toArray();
      assertThat(MedianWithInterval.ofHistogram(values, counts)).as("trial %d", trial)
          .isEqualTo(MedianWithInterval.of(durations));
    }
    assertThat(MedianWithInterval.ofHistogram(new long[0], new long[0])).isNull();
    // 3, 3, 7, 9: the median averages ranks 2 and 3
    assertThat(MedianWithInterval.ofHistogram(new long[] {3, 7, 9}, new long[] {2, 1, 1}).median()).isEqualTo(5.0);
  }
}
