package org.mekong.mpm.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A file's header checked against the schema: which physical column feeds which canonical one. */
final class HeaderMap {
  /** Names of this shape are echoed in messages; anything else could be data pasted into a header. */
  private static final Pattern PRINTABLE_NAME = Pattern.compile("[a-z0-9_]{1,40}");

  final int width;
  /** canonical index to physical index, -1 when the optional column is absent. */
  final int[] physicalOf;

  private HeaderMap(int width, int[] physicalOf) {
    this.width = width;
    this.physicalOf = physicalOf;
  }

  /** Reads the header record; returns null after adding findings when the header is not acceptable. */
  static HeaderMap read(StrictCsvReader reader, String file, List<ColumnSpec> specs, Findings findings)
      throws IOException {
    if (!reader.next()) {
      findings.add(ReasonCode.MISSING_COLUMN, file + ": the header row is missing (empty file)");
      return null;
    }
    if (reader.malformed()) {
      findings.add(ReasonCode.UNKNOWN_COLUMN, file + ": the header row is not a valid CSV record");
      return null;
    }
    Map<String, Integer> canonical = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) canonical.put(specs.get(i).name(), i);
    int[] physicalOf = new int[specs.size()];
    Arrays.fill(physicalOf, -1);
    List<String> unknown = new ArrayList<>();
    int unprintable = 0;
    Set<String> duplicate = new LinkedHashSet<>();
    for (int p = 0; p < reader.size(); p++) {
      String name = reader.get(p);
      Integer c = name == null ? null : canonical.get(name);
      if (c == null) {
        if (name != null && PRINTABLE_NAME.matcher(name).matches()) unknown.add(name);
        else unprintable++;
      } else if (physicalOf[c] >= 0) {
        duplicate.add(name);
      } else {
        physicalOf[c] = p;
      }
    }
    boolean ok = true;
    if (!unknown.isEmpty() || unprintable > 0) {
      List<String> shown = new ArrayList<>(unknown);
      if (unprintable > 0) shown.add(unprintable + " unnamed or unprintable");
      findings.add(ReasonCode.UNKNOWN_COLUMN, file + ": column(s) outside format 1.0: " + String.join(", ", shown));
      ok = false;
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).required() && physicalOf[i] < 0) missing.add(specs.get(i).name());
    }
    if (!missing.isEmpty()) {
      findings.add(ReasonCode.MISSING_COLUMN, file + ": required column(s) missing: " + String.join(", ", missing));
      ok = false;
    }
    if (!duplicate.isEmpty()) {
      findings.add(ReasonCode.DUPLICATE_COLUMN, file + ": column(s) repeated: " + String.join(", ", duplicate));
      ok = false;
    }
    return ok ? new HeaderMap(reader.size(), physicalOf) : null;
  }

  /** Fills {@code canon} from the current record; absent optional columns and empty fields are null. */
  void canonical(StrictCsvReader reader, String[] canon) {
    for (int i = 0; i < physicalOf.length; i++) {
      int p = physicalOf[i];
      canon[i] = p < 0 ? null : reader.get(p);
    }
  }
}
