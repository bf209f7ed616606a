package org.mekong.mpm.audit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which unknowns a homogeneous integer system determines, exactly: unknown i is determined when its
 * coordinate is zero in every null-space vector, i.e. when the unit vector e_i lies in the row space.
 * Fraction-free Gauss–Jordan over the integers (BigInteger, rows divided by their gcd), per
 * connected component of the system: in the reduced form a pivot column is determined when its row
 * has no other non-zero entry; a column without a pivot is free, hence never determined.
 */
public final class ExactElimination {
  private ExactElimination() {}

  /**
   * @param n the number of unknowns
   * @param equations each a map from unknown index to its (non-zero) integer coefficient
   */
  public static boolean[] determined(int n, List<Map<Integer, Integer>> equations) {
    // connected components: unknowns sharing an equation
    int[] root = new int[n];
    for (int i = 0; i < n; i++) root[i] = i;
    for (Map<Integer, Integer> eq : equations) {
      Integer first = null;
      for (int j : eq.keySet()) {
        if (first == null) first = j;
        else join(root, first, j);
      }
    }
    Map<Integer, List<Integer>> columns = new HashMap<>();
    for (int i = 0; i < n; i++) columns.computeIfAbsent(top(root, i), x -> new ArrayList<>()).add(i);
    Map<Integer, List<Map<Integer, Integer>>> rows = new HashMap<>();
    for (Map<Integer, Integer> eq : equations) {
      if (eq.isEmpty()) continue;
      rows.computeIfAbsent(top(root, eq.keySet().iterator().next()), x -> new ArrayList<>()).add(eq);
    }
    boolean[] out = new boolean[n];
    columns.forEach((r, cols) -> {
      List<Map<Integer, Integer>> eqs = rows.get(r);
      if (eqs == null) return;
      Map<Integer, Integer> local = new HashMap<>();
      for (int j = 0; j < cols.size(); j++) local.put(cols.get(j), j);
      BigInteger[][] a = new BigInteger[eqs.size()][cols.size()];
      for (int i = 0; i < eqs.size(); i++) {
        java.util.Arrays.fill(a[i], BigInteger.ZERO);
        for (Map.Entry<Integer, Integer> e : eqs.get(i).entrySet()) {
          a[i][local.get(e.getKey())] = BigInteger.valueOf(e.getValue());
        }
      }
      boolean[] d = reduce(a, cols.size());
      for (int j = 0; j < cols.size(); j++) out[cols.get(j)] = d[j];
    });
    return out;
  }

  private static boolean[] reduce(BigInteger[][] a, int n) {
    int m = a.length;
    int[] pivotRow = new int[n];
    java.util.Arrays.fill(pivotRow, -1);
    int r = 0;
    for (int col = 0; col < n && r < m; col++) {
      int p = r;
      while (p < m && a[p][col].signum() == 0) p++;
      if (p == m) continue;
      BigInteger[] t = a[p];
      a[p] = a[r];
      a[r] = t;
      if (a[r][col].signum() < 0) for (int j = 0; j < n; j++) a[r][j] = a[r][j].negate();
      BigInteger pivot = a[r][col];
      List<Integer> nonZero = new ArrayList<>();
      for (int j = 0; j < n; j++) if (a[r][j].signum() != 0) nonZero.add(j);
      for (int i = 0; i < m; i++) {
        if (i == r || a[i][col].signum() == 0) continue;
        BigInteger f = a[i][col];
        if (!pivot.equals(BigInteger.ONE)) {
          // row_i := pivot·row_i − f·row_r, then divided by its gcd
          for (int j = 0; j < n; j++) a[i][j] = a[i][j].multiply(pivot);
          for (int j : nonZero) a[i][j] = a[i][j].subtract(f.multiply(a[r][j]));
          normalise(a[i]);
        } else {
          for (int j : nonZero) a[i][j] = a[i][j].subtract(f.multiply(a[r][j]));
        }
      }
      pivotRow[col] = r++;
    }
    boolean[] det = new boolean[n];
    for (int col = 0; col < n; col++) {
      int row = pivotRow[col];
      if (row < 0) continue;
      boolean alone = true;
      for (int j = 0; j < n && alone; j++) if (j != col && a[row][j].signum() != 0) alone = false;
      det[col] = alone;
    }
    return det;
  }

  private static void normalise(BigInteger[] row) {
    BigInteger g = BigInteger.ZERO;
    for (BigInteger x : row) if (x.signum() != 0) g = g.gcd(x);
    if (g.signum() == 0 || g.equals(BigInteger.ONE)) return;
    for (int j = 0; j < row.length; j++) if (row[j].signum() != 0) row[j] = row[j].divide(g);
  }

  private static int top(int[] root, int i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  }

  private static void join(int[] root, int a, int b) {
    int x = top(root, a);
    int y = top(root, b);
    if (x != y) root[Math.max(x, y)] = Math.min(x, y);
  }
}
