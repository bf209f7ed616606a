package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rule 2: in the bipartite graph of a table's rows and columns (margins included) whose edges are
 * the suppressed cells, a bridge is a cell on no cycle, hence exactly recoverable from the margins.
 */
final class BridgeFinder {
  private final int rowCount;
  private final List<Cell> edges = new ArrayList<>();
  private final List<int[]> ends = new ArrayList<>();
  private final List<List<Integer>> incident = new ArrayList<>();
  private int[] order;
  private int[] low;
  private int clock;
  private final List<Cell> bridges = new ArrayList<>();

  private BridgeFinder(Table table) {
    rowCount = table.rows.size();
    int nodes = rowCount + table.columns.size();
    for (int n = 0; n < nodes; n++) incident.add(new ArrayList<>());
    for (int r = 0; r < table.rows.size(); r++) {
      for (int c = 0; c < table.columns.size(); c++) {
        Cell cell = table.at(r, c);
        if (cell != null && cell.suppressed()) {
          int e = edges.size();
          edges.add(cell);
          ends.add(new int[] {r, rowCount + c});
          incident.get(r).add(e);
          incident.get(rowCount + c).add(e);
        }
      }
    }
  }

  /** The suppressed cells of the table that lie on no cycle, in row-major code order. */
  static List<Cell> bridges(Table table) {
    BridgeFinder f = new BridgeFinder(table);
    f.run();
    return f.bridges;
  }

  private void run() {
    int nodes = incident.size();
    order = new int[nodes];
    low = new int[nodes];
    Arrays.fill(order, -1);
    boolean[] isBridge = new boolean[edges.size()];
    for (int n = 0; n < nodes; n++) {
      if (order[n] < 0) visit(n, -1, isBridge);
    }
    for (int e = 0; e < edges.size(); e++) if (isBridge[e]) bridges.add(edges.get(e));
  }

  // Recursion depth is bounded by the number of rows and columns of one table (tens).
  private void visit(int node, int viaEdge, boolean[] isBridge) {
    order[node] = low[node] = clock++;
    for (int e : incident.get(node)) {
      if (e == viaEdge) continue;
      int[] end = ends.get(e);
      int next = end[0] == node ? end[1] : end[0];
      if (order[next] < 0) {
        visit(next, e, isBridge);
        low[node] = Math.min(low[node], low[next]);
        if (low[next] > order[node]) isBridge[e] = true;
      } else {
        low[node] = Math.min(low[node], order[next]);
      }
    }
  }
}
