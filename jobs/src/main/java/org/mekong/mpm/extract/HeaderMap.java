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
  /**
   * Extract format 1.0.1: names of this shape are echoed in messages; anything else could be data
   * pasted into a header, and is counted, not printed.
   */
  static final Pattern PRINTABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

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
    int known = 0;
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
        known++;
      }
    }
    boolean ok = true;
    if (!unknown.isEmpty() || unprintable > 0) {
      findings.add(ReasonCode.UNKNOWN_COLUMN, file + ": " + unknownColumns(unknown, unprintable, known == 0));
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

  /**
   * "2 unknown columns: name, phone", "2 unknown columns, names withheld", or both. A first row
   * holding no name of the format is probably data (the header row left out), so none of it is shown.
   */
  private static String unknownColumns(List<String> printable, int withheld, boolean headerless) {
    int total = printable.size() + withheld;
    String msg = total + (total == 1 ? " unknown column" : " unknown columns");
    if (headerless) {
      return msg + ", names withheld: the first row holds no column of the format (is the header row missing?)";
    }
    if (printable.isEmpty()) return msg + (total == 1 ? ", name withheld" : ", names withheld");
    msg += ": " + String.join(", ", printable);
    return withheld == 0 ? msg : msg + "; " + withheld + (withheld == 1 ? " name" : " names") + " withheld";
  }

  /** Fills {@code canon} from the current record; absent optional columns and empty fields are null. */
  void canonical(StrictCsvReader reader, String[] canon) {
    for (int i = 0; i < physicalOf.length; i++) {
      int p = physicalOf[i];
      canon[i] = p < 0 ? null : reader.get(p);
    }
  }
}
