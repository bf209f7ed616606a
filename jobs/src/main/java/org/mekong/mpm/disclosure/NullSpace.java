package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which suppressed cells the published figures determine. Substituting the published numbers in the
 * group's equations leaves a linear system in the suppressed cells; a cell is determined when its
 * coordinate is zero in every vector of the system's null space, i.e. when its unit vector lies in
 * the row space. Elimination is modulo a large prime: fast, and equal to the rational rank except for
 * systems whose minors the prime divides; the exact audit is the guarantee, this only steers.
 */
final class NullSpace {
  private static final long P = 2_147_483_647L; // 2^31 − 1: products fit in a long

  private NullSpace() {}

  /** The determined suppressed cells of the group, in the group's code order. */
  static List<Cell> determined(Group group) {
    Map<Cell, Integer> unknown = new HashMap<>();
    List<Cell> cells = new ArrayList<>();
    for (Cell c : group.cells) {
      if (c.suppressed()) {
        unknown.put(c, cells.size());
        cells.add(c);
      }
    }
    List<int[]> rows = new ArrayList<>();
    List<int[]> signs = new ArrayList<>();
    for (Line line : group.lines) {
      List<Integer> idx = new ArrayList<>();
      List<Integer> sgn = new ArrayList<>();
      for (Cell c : line.parts()) {
        Integer i = unknown.get(c);
        if (i != null) {
          idx.add(i);
          sgn.add(1);
        }
      }
      Integer t = unknown.get(line.total());
      if (t != null) {
        idx.add(t);
        sgn.add(-1);
      }
      if (idx.isEmpty()) continue;
      rows.add(idx.stream().mapToInt(Integer::intValue).toArray());
      signs.add(sgn.stream().mapToInt(Integer::intValue).toArray());
    }
    boolean[] det = determined(cells.size(), rows, signs);
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < det.length; i++) if (det[i]) out.add(cells.get(i));
    return out;
  }

  /**
   * For a system of {@code n} unknowns whose equation {@code r} has coefficients {@code signs[r]} at
   * columns {@code rows[r]}: which unknowns the system determines. Connected components are eliminated
   * separately, densely.
   */
  static boolean[] determined(int n, List<int[]> rows, List<int[]> signs) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int[] r : rows) for (int j = 1; j < r.length; j++) union(parent, r[0], r[j]);
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) members.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    Map<Integer, List<Integer>> equations = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      equations.computeIfAbsent(find(parent, rows.get(r)[0]), x -> new ArrayList<>()).add(r);
    }
    boolean[] det = new boolean[n];
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<Integer> cols = e.getValue();
      List<Integer> eqs = equations.getOrDefault(e.getKey(), List.of());
      if (eqs.isEmpty()) continue;
      Map<Integer, Integer> local = new HashMap<>();
      for (int j = 0; j < cols.size(); j++) local.put(cols.get(j), j);
      long[][] a = new long[eqs.size()][cols.size()];
      for (int r = 0; r < eqs.size(); r++) {
        int[] idx = rows.get(eqs.get(r));
        int[] sg = signs.get(eqs.get(r));
        for (int j = 0; j < idx.length; j++) a[r][local.get(idx[j])] = Math.floorMod(sg[j], P);
      }
      boolean[] d = eliminate(a, cols.size());
      for (int j = 0; j < cols.size(); j++) det[cols.get(j)] = d[j];
    }
    return det;
  }

  /** Gauss–Jordan modulo P; a pivot column whose row has no free-column entry is determined. */
  private static boolean[] eliminate(long[][] a, int n) {
    int m = a.length;
    int[] pivotRowOf = new int[n];
    java.util.Arrays.fill(pivotRowOf, -1);
    int r = 0;
    for (int col = 0; col < n && r < m; col++) {
      int p = r;
      while (p < m && a[p][col] == 0) p++;
      if (p == m) continue;
      long[] tmp = a[p];
      a[p] = a[r];
      a[r] = tmp;
      long inv = inverse(a[r][col]);
      for (int j = 0; j < n; j++) a[r][j] = a[r][j] * inv % P;
      for (int i = 0; i < m; i++) {
        if (i == r || a[i][col] == 0) continue;
        long f = a[i][col];
        for (int j = col; j < n; j++) {
          if (a[r][j] != 0) a[i][j] = Math.floorMod(a[i][j] - f * a[r][j] % P, P);
        }
      }
      pivotRowOf[col] = r++;
    }
    boolean[] det = new boolean[n];
    for (int col = 0; col < n; col++) {
      int row = pivotRowOf[col];
      if (row < 0) continue;
      boolean alone = true;
      for (int j = 0; j < n && alone; j++) if (j != col && a[row][j] != 0) alone = false;
      det[col] = alone;
    }
    return det;
  }

  private static long inverse(long x) {
    return java.math.BigInteger.valueOf(x).modInverse(java.math.BigInteger.valueOf(P)).longValue();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
