package org.mekong.mpm.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.problem.Problem;

/**
 * Checks a public tier against its restricted tier, written apart from the protection code (it
 * shares no class that decides which cells are suppressed): row by row (primary rule, unchanged
 * figures, nothing hidden that is not a cell), then, per indicator and calendar year, rule 1 on
 * every line that adds up and rule 2 by exact elimination ({@link LinkedEquations}).
 */
public final class DisclosureAudit {
  private DisclosureAudit() {}

  /** Every violation found; empty when the public rows may be published. */
  public static List<Violation> audit(List<IndicatorValue> restricted,
      List<IndicatorValue> published, int k) {
    List<Violation> violations = new ArrayList<>();
    Map<List<String>, IndicatorValue> publishedByKey = new HashMap<>();
    for (IndicatorValue p : published) {
      if (publishedByKey.put(key(p), p) != null) {
        violations.add(rowViolation(p, Violation.Rule.ROWS, "published twice"));
      }
    }
    boolean[] hidden = new boolean[restricted.size()];
    Set<List<String>> seen = new HashSet<>();
    for (int i = 0; i < restricted.size(); i++) {
      IndicatorValue r = restricted.get(i);
      seen.add(key(r));
      IndicatorValue p = publishedByKey.get(key(r));
      if (p == null) {
        violations.add(rowViolation(r, Violation.Rule.ROWS, "not published"));
        continue;
      }
      checkRow(r, p, k, violations);
      hidden[i] = p.suppressed();
    }
    for (IndicatorValue p : published) {
      if (!seen.contains(key(p))) violations.add(rowViolation(p, Violation.Rule.ROWS, "not in the restricted tier"));
    }
    violations.addAll(LinkedEquations.check(restricted, hidden, k));
    return violations;
  }

  /** Fails the run (a FAILED problem) naming the first failing table when the audit finds anything. */
  public static void requirePassed(List<IndicatorValue> restricted,
      List<IndicatorValue> published, int k) {
    List<Violation> violations = audit(restricted, published, k);
    if (violations.isEmpty()) return;
    Violation first = violations.get(0);
    throw new Problem(Problem.Kind.FAILED, "Disclosure audit failed on table " + first.table() + " ("
        + violations.size() + " violation(s), first: " + first.rule() + " at " + first.country()
        + " × " + first.category() + "); nothing was published. Report this as a bug with the run log.");
  }

  private static List<String> key(IndicatorValue v) {
    return List.of(v.period(), v.indicatorId(), v.country(), v.sex(), v.ageGroup(), v.nationality(),
        v.exploitationType(), v.counterpartCountry());
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

  static Violation rowViolation(IndicatorValue v, Violation.Rule rule, String detail) {
    return new Violation(v.period(), v.indicatorId(), v.dimension(), rule, v.country(), v.category(), detail);
  }
}
