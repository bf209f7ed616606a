package org.mekong.mpm.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.audit.DisclosureAudit;
import org.mekong.mpm.audit.ExactEliminationTest;
import org.mekong.mpm.indicators.IndicatorValue;

/** The protection on random linked tables (quarters and their year, all dimensions), audited exactly. */
class LinkedProtectionTest {
  private static final int K = 10;

  @Test
  void theAuditPassesOnEveryProtectedRandomYearAndThePatternIsDeterministic() {
    Random seeds = new Random(424242);
    for (int trial = 0; trial < 40; trial++) {
      long seed = seeds.nextLong();
      int size = 5 + seeds.nextInt(120);
      List<IndicatorValue> in = SyntheticMart.year(2024, "IND-" + trial, seed, size);
      if (trial % 3 == 0) in.addAll(SyntheticMart.family("2025Q1", "IND-" + trial, seed + 1, seed + 2, size));

      List<IndicatorValue> out = DisclosureControl.protect(in, K);

      assertThat(DisclosureAudit.audit(in, out, K)).as("trial %d seed %d", trial, seed).isEmpty();
      List<IndicatorValue> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(hidden(DisclosureControl.protect(shuffled, K)))
          .as("same input in another order, trial %d", trial).isEqualTo(hidden(out));
    }
  }

  @Test
  void theRegionsAnnualTotalStaysPublishedWhenTheCountriesCanCoverEachOther() {
    List<IndicatorValue> in = SyntheticMart.year(2024, "IDN-02", 77, 80);

    List<IndicatorValue> out = DisclosureControl.protect(in, K);

    assertThat(out).filteredOn(v -> v.period().equals("2024") && v.country().equals(IndicatorValue.ALL)
        && v.dimension() == null).singleElement().matches(v -> !v.suppressed());
    assertThat(out).anyMatch(IndicatorValue::suppressed);
  }

  @Test
  void moduloPrimeEliminationAgreesWithExactRankOnRandomSmallSystems() {
    Random r = new Random(99);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + r.nextInt(5);
      int m = r.nextInt(6);
      int[][] a = new int[m][n];
      List<int[]> rows = new ArrayList<>();
      List<int[]> signs = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        List<Integer> idx = new ArrayList<>();
        List<Integer> sg = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          a[i][j] = r.nextInt(3) - 1;
          if (a[i][j] != 0) {
            idx.add(j);
            sg.add(a[i][j]);
          }
        }
        if (idx.isEmpty()) continue;
        rows.add(idx.stream().mapToInt(Integer::intValue).toArray());
        signs.add(sg.stream().mapToInt(Integer::intValue).toArray());
      }
      boolean[] got = NullSpace.determined(n, rows, signs);
      int rank = ExactEliminationTest.rank(a, n);
      for (int j = 0; j < n; j++) {
        int[][] withUnit = java.util.Arrays.copyOf(a, m + 1);
        withUnit[m] = new int[n];
        withUnit[m][j] = 1;
        assertThat(got[j]).as("trial %d unknown %d", trial, j).isEqualTo(ExactEliminationTest.rank(withUnit, n) == rank);
      }
    }
  }

  private static List<String> hidden(List<IndicatorValue> out) {
    return out.stream().filter(IndicatorValue::suppressed)
        .map(v -> v.period() + " " + v.country() + " " + v.dimension() + " " + v.category()).sorted().toList();
  }
}
