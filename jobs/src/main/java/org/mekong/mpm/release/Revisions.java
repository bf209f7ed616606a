package org.mekong.mpm.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rows of one {@code indicator_values} that differ from the same rows of another: the public
 * {@code revisions} mart (both sides public) and a review pack's changes (either tier). Rows are
 * matched on the spec's key columns and read by name, so other columns never matter; numbers
 * compared are numerator, denominator, value and status.
 */
public final class Revisions {
  /** The columns that identify a row of {@code indicator_values} (a period is unique across period types). */
  public static final List<String> KEY = List.of("period", "indicator_id", "country", "sex", "age_group",
      "nationality", "exploitation_type", "counterpart_country");

  public enum Change { NEW, REVISED, NOW_SUPPRESSED, NOW_SHOWN, REMOVED }

  /** One changed row; {@code before} or {@code after} is null where the row is absent. */
  public record Revision(List<String> key, Map<String, Object> before, Map<String, Object> after, Change change) {
    public String country() {
      return key.get(KEY.indexOf("country"));
    }

    public Object old(String column) {
      return before == null ? null : before.get(column);
    }

    public Object now(String column) {
      return after == null ? null : after.get(column);
    }
  }

  private Revisions() {}

  /** Every row of {@code after} that differs from {@code before}, plus rows that appear or disappear, in key order. */
  public static List<Revision> between(List<Map<String, Object>> before, List<Map<String, Object>> after) {
    Map<List<String>, Map<String, Object>> old = byKey(before);
    Map<List<String>, Map<String, Object>> now = byKey(after);
    List<Revision> out = new ArrayList<>();
    for (Map.Entry<List<String>, Map<String, Object>> e : now.entrySet()) {
      Map<String, Object> o = old.get(e.getKey());
      Map<String, Object> n = e.getValue();
      if (o == null) {
        out.add(new Revision(e.getKey(), null, n, Change.NEW));
      } else if (!sameNumbers(o, n)) {
        out.add(new Revision(e.getKey(), o, n, change(o, n)));
      }
    }
    for (Map.Entry<List<String>, Map<String, Object>> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) out.add(new Revision(e.getKey(), e.getValue(), null, Change.REMOVED));
    }
    out.sort(Comparator.comparing(r -> String.join("\u0000", r.key())));
    return out;
  }

  static boolean sameNumbers(Map<String, Object> a, Map<String, Object> b) {
    for (String c : List.of("numerator", "denominator", "value", "status")) {
      if (!Objects.equals(a.get(c), b.get(c))) return false;
    }
    return true;
  }

  private static Change change(Map<String, Object> o, Map<String, Object> n) {
    boolean wasHidden = "SUPPRESSED".equals(o.get("status"));
    boolean isHidden = "SUPPRESSED".equals(n.get("status"));
    if (!wasHidden && isHidden) return Change.NOW_SUPPRESSED;
    if (wasHidden && !isHidden) return Change.NOW_SHOWN;
    return Change.REVISED;
  }

  private static Map<List<String>, Map<String, Object>> byKey(List<Map<String, Object>> rows) {
    Map<List<String>, Map<String, Object>> m = new TreeMap<>(Comparator.comparing(k -> String.join("\u0000", k)));
    for (Map<String, Object> r : rows) {
      List<String> key = new ArrayList<>(KEY.size());
      for (String c : KEY) key.add((String) r.get(c));
      if (m.put(List.copyOf(key), r) != null) {
        throw new IllegalStateException("two indicator_values rows with the key " + key);
      }
    }
    return m;
  }
}
