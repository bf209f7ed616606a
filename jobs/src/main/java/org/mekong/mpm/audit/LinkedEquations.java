package org.mekong.mpm.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * The additive equations among the rows of one indicator and one calendar year (its four quarters
 * and the year; a quarter without its year on its own): countries sum to the region, the
 * categories of sex, age group, nationality and counterpart country to the country's total, the
 * quarters to the year. An equation exists only where its total is a row, and only if the
 * restricted figures satisfy it. Rows with denominator 0 or none, and absent rows, are known zeros.
 * Numerators and denominators share the unknowns (the suppressed cells) and the coefficients, so
 * one system answers for both.
 */
final class LinkedEquations {
  private static final Set<Dimension> PARTITIONS = Set.of(Dimension.SEX, Dimension.AGE_GROUP,
      Dimension.NATIONALITY, Dimension.COUNTERPART_COUNTRY);

  private LinkedEquations() {}

  /** One equation: the rows summing to {@code total} (row indexes into the restricted list). */
  private static final class Equation {
    final String name;
    Integer total;
    final List<Integer> parts = new ArrayList<>();

    Equation(String name) {
      this.name = name;
    }
  }

  static List<Violation> check(List<IndicatorValue> rows, boolean[] hidden, int k) {
    Set<String> yearsPublished = new HashSet<>();
    for (IndicatorValue v : rows) if (v.period().length() == 4) yearsPublished.add(v.indicatorId() + "|" + v.period());
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorValue v = rows.get(i);
      String year = v.period().substring(0, 4);
      String group = yearsPublished.contains(v.indicatorId() + "|" + year) ? year : v.period();
      groups.computeIfAbsent(v.indicatorId() + "|" + group, x -> new ArrayList<>()).add(i);
    }
    List<Violation> out = new ArrayList<>();
    for (List<Integer> members : groups.values()) checkGroup(rows, hidden, members, k, out);
    return out;
  }

  private static long den(IndicatorValue v) {
    return v.denominator() == null ? 0 : v.denominator();
  }

  private static void checkGroup(List<IndicatorValue> rows, boolean[] hidden, List<Integer> members, int k,
      List<Violation> out) {
    boolean withYear = members.stream().anyMatch(i -> rows.get(i).period().length() == 4);
    Map<String, Equation> equations = new LinkedHashMap<>();
    for (int i : members) {
      IndicatorValue v = rows.get(i);
      Dimension d = v.dimension();
      String dim = d == null ? "total" : d.name();
      boolean region = IndicatorValue.ALL.equals(v.country());
      Equation across = equations.computeIfAbsent("countries " + v.period() + " " + dim + " " + v.category(),
          Equation::new);
      if (region) across.total = i;
      else across.parts.add(i);
      if (d == null) {
        for (Dimension p : PARTITIONS) {
          equations.computeIfAbsent("categories " + v.period() + " " + v.country() + " " + p, Equation::new)
              .total = i;
        }
      } else if (PARTITIONS.contains(d)) {
        equations.computeIfAbsent("categories " + v.period() + " " + v.country() + " " + d, Equation::new)
            .parts.add(i);
      }
      if (withYear) {
        Equation time = equations.computeIfAbsent("quarters " + v.country() + " " + dim + " " + v.category(),
            Equation::new);
        if (v.period().length() == 4) time.total = i;
        else time.parts.add(i);
      }
    }
    List<Equation> holding = new ArrayList<>();
    for (Equation e : equations.values()) {
      if (e.total == null) continue; // no total row: no equation
      long sum = 0;
      for (int i : e.parts) sum += den(rows.get(i));
      if (sum == den(rows.get(e.total))) holding.add(e);
    }
    for (Equation e : holding) checkLine(rows, hidden, e, k, out);
    checkNullSpace(rows, hidden, members, holding, out);
  }

  /** Rule 1: a line with a suppressed cell has two, summing to k, unless all its cells are suppressed. */
  private static void checkLine(List<IndicatorValue> rows, boolean[] hidden, Equation e, int k,
      List<Violation> out) {
    List<Integer> all = new ArrayList<>(e.parts);
    all.add(e.total);
    int cells = 0;
    int suppressed = 0;
    long sum = 0;
    Integer first = null;
    for (int i : all) {
      if (den(rows.get(i)) <= 0) continue;
      cells++;
      if (hidden[i]) {
        suppressed++;
        sum += den(rows.get(i));
        if (first == null) first = i;
      }
    }
    if (suppressed == 0 || suppressed == cells || (suppressed >= 2 && sum >= k)) return;
    out.add(DisclosureAudit.rowViolation(rows.get(first), Violation.Rule.LINE, e.name + ": " + suppressed
        + " suppressed of " + cells + ", denominators sum " + sum));
  }

  /** Rule 2: no suppressed cell is determined by the system the published figures leave. */
  private static void checkNullSpace(List<IndicatorValue> rows, boolean[] hidden, List<Integer> members,
      List<Equation> equations, List<Violation> out) {
    Map<Integer, Integer> unknown = new HashMap<>();
    List<Integer> unknowns = new ArrayList<>();
    for (int i : members) {
      if (hidden[i] && den(rows.get(i)) > 0) {
        unknown.put(i, unknowns.size());
        unknowns.add(i);
      }
    }
    if (unknowns.isEmpty()) return;
    List<Map<Integer, Integer>> system = new ArrayList<>();
    for (Equation e : equations) {
      Map<Integer, Integer> coefficients = new TreeMap<>();
      for (int i : e.parts) if (unknown.containsKey(i)) coefficients.merge(unknown.get(i), 1, Integer::sum);
      if (unknown.containsKey(e.total)) coefficients.merge(unknown.get(e.total), -1, Integer::sum);
      coefficients.values().removeIf(c -> c == 0);
      if (!coefficients.isEmpty()) system.add(coefficients);
    }
    boolean[] determined = ExactElimination.determined(unknowns.size(), system);
    for (int j = 0; j < determined.length; j++) {
      if (determined[j]) {
        out.add(DisclosureAudit.rowViolation(rows.get(unknowns.get(j)), Violation.Rule.DETERMINED,
            "recoverable from the published figures of its indicator and year"));
      }
    }
  }
}
