package org.mekong.mpm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Exact elimination against brute force: ranks from every minor's determinant (Leibniz). */
public class ExactEliminationTest {

  @Test
  void aChainOfTwoUnknownsIsFreeAndAPinnedOneIsDetermined() {
    // x0 + x1 = c ; x2 = c
    boolean[] d = ExactElimination.determined(3, List.of(Map.of(0, 1, 1, 1), Map.of(2, -1)));
    assertThat(d).containsExactly(false, false, true);
  }

  @Test
  void agreesWithBruteForceOnRandomSmallSystems() {
    Random r = new Random(20240601);
    for (int trial = 0; trial < 3000; trial++) {
      int n = 1 + r.nextInt(5);
      int m = r.nextInt(6);
      int[][] a = new int[m][n];
      List<Map<Integer, Integer>> eqs = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        Map<Integer, Integer> eq = new TreeMap<>();
        for (int j = 0; j < n; j++) {
          a[i][j] = r.nextInt(3) - 1;
          if (a[i][j] != 0) eq.put(j, a[i][j]);
        }
        eqs.add(eq);
      }
      boolean[] got = ExactElimination.determined(n, eqs);
      int rank = rank(a, n);
      for (int j = 0; j < n; j++) {
        int[][] withUnit = new int[m + 1][];
        System.arraycopy(a, 0, withUnit, 0, m);
        withUnit[m] = new int[n];
        withUnit[m][j] = 1;
        // e_j lies in the row space iff adding it leaves the rank unchanged
        boolean expected = rank(withUnit, n) == rank;
        assertThat(got[j]).as("trial %d unknown %d", trial, j).isEqualTo(expected);
      }
    }
  }

  /** The largest k with a non-zero k × k minor. */
  public static int rank(int[][] a, int n) {
    int m = a.length;
    for (int k = Math.min(m, n); k > 0; k--) {
      for (int[] rows : subsets(m, k)) {
        for (int[] cols : subsets(n, k)) if (det(a, rows, cols) != 0) return k;
      }
    }
    return 0;
  }

  private static List<int[]> subsets(int n, int k) {
    List<int[]> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) != k) continue;
      int[] s = new int[k];
      int i = 0;
      for (int b = 0; b < n; b++) if ((mask >> b & 1) == 1) s[i++] = b;
      out.add(s);
    }
    return out;
  }

  private static long det(int[][] a, int[] rows, int[] cols) {
    int k = rows.length;
    long sum = 0;
    for (int[] perm : permutations(k)) {
      long prod = sign(perm);
      for (int i = 0; i < k && prod != 0; i++) prod *= a[rows[i]][cols[perm[i]]];
      sum += prod;
    }
    return sum;
  }

  private static List<int[]> permutations(int k) {
    List<int[]> out = new ArrayList<>();
    permute(new int[k], new boolean[k], 0, out);
    return out;
  }

  private static void permute(int[] p, boolean[] used, int i, List<int[]> out) {
    if (i == p.length) {
      out.add(p.clone());
      return;
    }
    for (int v = 0; v < p.length; v++) {
      if (used[v]) continue;
      used[v] = true;
      p[i] = v;
      permute(p, used, i + 1, out);
      used[v] = false;
    }
  }

  private static int sign(int[] p) {
    int s = 1;
    for (int i = 0; i < p.length; i++) for (int j = i + 1; j < p.length; j++) if (p[i] > p[j]) s = -s;
    return s;
  }
}
