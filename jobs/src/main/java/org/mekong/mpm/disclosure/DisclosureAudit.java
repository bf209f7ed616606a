package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mekong.mpm.cli.MpmException;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * Checks a public tier against its restricted tier, independently of how the pattern was made:
 * row by row (primary rule, unchanged figures, nothing hidden that is not a cell), then both
 * rules of the contract on every table.
 */
public final class DisclosureAudit {
  private DisclosureAudit() {}

  /** Every violation found; empty when the public rows may be published. */
  public static List<Violation> audit(List<IndicatorValue> restricted,
      List<IndicatorValue> published, int k) {
    List<Violation> violations = new ArrayList<>();
    Map<RowKey, IndicatorValue> publishedByKey = new HashMap<>();
    for (IndicatorValue p : published) {
      if (publishedByKey.put(RowKey.of(p), p) != null) {
        violations.add(rowViolation(p, Violation.Rule.ROWS, "published twice"));
      }
    }
    List<IndicatorValue> hiddenAsPublished = new ArrayList<>(restricted.size());
    Map<RowKey, Boolean> seen = new HashMap<>();
    for (IndicatorValue r : restricted) {
      RowKey key = RowKey.of(r);
      seen.put(key, true);
      IndicatorValue p = publishedByKey.get(key);
      if (p == null) {
        violations.add(rowViolation(r, Violation.Rule.ROWS, "not published"));
        hiddenAsPublished.add(r);
        continue;
      }
      checkRow(r, p, k, violations);
      hiddenAsPublished.add(p);
    }
    for (IndicatorValue p : published) {
      if (!seen.containsKey(RowKey.of(p))) {
        violations.add(rowViolation(p, Violation.Rule.ROWS, "not in the restricted tier"));
      }
    }
    checkTables(restricted, hiddenAsPublished, k, violations);
    return violations;
  }

  /** Throws exit status 3 naming the first failing table when the audit finds anything. */
  public static void requirePassed(List<IndicatorValue> restricted,
      List<IndicatorValue> published, int k) {
    List<Violation> violations = audit(restricted, published, k);
    if (violations.isEmpty()) return;
    Violation first = violations.get(0);
    throw new MpmException(3, "Disclosure audit failed on table " + first.table() + " ("
        + violations.size() + " violation(s), first: " + first.rule() + " at " + first.country()
        + " × " + first.category() + "); nothing was published. Report this as a bug with the run log.");
  }

  private static void checkRow(IndicatorValue r, IndicatorValue p, int k, List<Violation> out) {
    Long den = r.denominator();
    if (p.suppressed()) {
      if (den == null || den == 0) {
        out.add(rowViolation(r, Violation.Rule.NOT_A_CELL, "denominator " + den + " suppressed"));
      }
      if (!p.equals(r.suppress())) {
        out.add(rowViolation(r, Violation.Rule.ALTERED, "suppressed row still shows figures"));
      }
    } else {
      if (!p.equals(r)) out.add(rowViolation(r, Violation.Rule.ALTERED, "differs from restricted"));
      if (den != null && den > 0 && den < k) {
        out.add(rowViolation(r, Violation.Rule.PRIMARY, "denominator " + den + " below " + k));
      }
    }
  }

  /** Builds the tables from restricted denominators, flagged as the public tier hides them. */
  private static void checkTables(List<IndicatorValue> restricted, List<IndicatorValue> published,
      int k, List<Violation> out) {
    for (Family family : Family.group(restricted)) {
      for (Cell c : family.cells) if (published.get(c.rowIndex).suppressed()) c.suppress();
      for (Table table : family.tables) {
        for (Line line : table.lines()) {
          if (line.safe(k)) continue;
          Cell c = line.firstSuppressed();
          out.add(cellViolation(table, Violation.Rule.LINE, c, line.name() + ": "
              + line.suppressedCount() + " suppressed of " + line.cells().size()
              + ", denominators sum " + line.suppressedDenominator()));
        }
        if (!table.twoWay) continue;
        for (Cell c : BridgeFinder.bridges(table)) {
          out.add(cellViolation(table, Violation.Rule.BRIDGE, c, "on no cycle: recoverable"));
        }
      }
    }
  }

  private static Violation cellViolation(Table t, Violation.Rule rule, Cell c, String detail) {
    return new Violation(t.key.period(), t.key.indicatorId(), t.key.dimension(), rule, c.country,
        c.category, detail);
  }

  private static Violation rowViolation(IndicatorValue v, Violation.Rule rule, String detail) {
    return new Violation(v.period(), v.indicatorId(), v.dimension(), rule, v.country(),
        v.category(), detail);
  }
}
