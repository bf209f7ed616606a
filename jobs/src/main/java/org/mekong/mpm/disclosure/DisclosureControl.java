package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.SurvivalRow;

/**
 * Turns restricted rows into public rows: primary suppression of denominators 1..k−1, then
 * secondary suppression so that no suppressed cell can be recovered by adding and subtracting
 * published figures, within one indicator and calendar year (its quarters and the year together). See {@code docs/disclosure-control.md}.
 */
public final class DisclosureControl {
  public static final int DEFAULT_K = 10;

  private DisclosureControl() {}

  /** The public rows: the same rows in the same order, the suppressed ones via {@link IndicatorValue#suppress()}. */
  public static List<IndicatorValue> protect(List<IndicatorValue> restricted, int k) {
    requireK(k);
    boolean[] hidden = new boolean[restricted.size()];
    for (Group group : Group.group(restricted)) {
      for (Cell c : group.cells) if (c.denominator < k) c.suppress();
      SecondarySuppression.apply(group, k);
      for (Cell c : group.cells) hidden[c.rowIndex] = c.suppressed();
    }
    List<IndicatorValue> out = new ArrayList<>(restricted.size());
    for (int i = 0; i < restricted.size(); i++) {
      out.add(hidden[i] ? restricted.get(i).suppress() : restricted.get(i));
    }
    return out;
  }

  /** Nulls at_risk, events, survival and its bounds on rows with fewer than k at risk (primary only). */
  public static List<SurvivalRow> protectSurvival(List<SurvivalRow> restricted, int k) {
    requireK(k);
    return restricted.stream()
        .map(r -> r.atRisk() != null && r.atRisk() < k
            ? new SurvivalRow(r.country(), r.receptionYear(), r.day(), null, null, null, null, null)
            : r)
        .toList();
  }

  private static void requireK(int k) {
    if (k < 1) throw new IllegalArgumentException("k must be at least 1, got " + k);
  }
}
