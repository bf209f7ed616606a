package org.mekong.mpm.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The row-level checks of one file that need nothing but the row: required values, each field's own
 * check in column-table order, then the detail and counterpart rules. Duplicates and orphans need
 * the whole submission and are decided by the caller.
 */
final class RowChecker {
  private final ExtractSchema schema;
  private final ColumnSpec[] specs;
  private final String reportingCountry;
  private final int extractDay;
  private final int typeCol;
  private final int dateCol;
  private final int detailCol;
  private final int counterpartCol;
  private final int flagsCol;
  private final List<String> scratch = new ArrayList<>();
  static final int MAX_FIELD_CHARS = 4096;

  /** Per canonical column: true when the field is present and passed its own check and rules. */
  final boolean[] passed;
  /** The event type of the last row checked, null when unknown or for cases. */
  EventType eventType;
  /** The event date of the last row checked, as an epoch day, when it passed. */
  int eventDay;

  RowChecker(ExtractSchema schema, String file, String reportingCountry, int extractDay) {
    this.schema = schema;
    this.specs = schema.columns(file).toArray(new ColumnSpec[0]);
    this.reportingCountry = reportingCountry;
    this.extractDay = extractDay;
    this.passed = new boolean[specs.length];
    typeCol = indexOf(ColumnType.EVENT_TYPE);
    dateCol = indexOf(ColumnType.DATE);
    detailCol = indexOf(ColumnType.DETAIL);
    counterpartCol = indexOf(ColumnType.COUNTERPART);
    flagsCol = typeCol < 0 ? -1 : indexOfName("flags");
  }

  /** The row's reason in determinism order, or null; multi-valued fields are normalised in place. */
  ReasonCode check(String[] v) {
    Arrays.fill(passed, false);
    eventType = typeCol >= 0 && v[typeCol] != null ? schema.eventType(v[typeCol]) : null;
    ReasonCode reason = null;
    for (int i = 0; i < specs.length; i++) {
      if (specs[i].required() && v[i] == null) {
        reason = ReasonCode.MISSING_VALUE;
        break;
      }
    }
    for (int i = 0; i < specs.length; i++) {
      if (v[i] == null) continue;
      ReasonCode r = tooLong(v[i]) ? ReasonCode.BAD_VALUE : ownCheck(i, v);
      if (r == null) passed[i] = i != detailCol || eventType != null;
      else if (reason == null) reason = r;
    }
    if (eventType != null) {
      ReasonCode detail = detailRule(v);
      if (reason == null) reason = detail;
      ReasonCode counterpart = counterpartRule(v);
      if (reason == null) reason = counterpart;
    }
    return reason;
  }

  /** Drops the flags the event type's meaning does not name; true when one was dropped. */
  boolean dropInapplicableFlags(String[] v) {
    if (flagsCol < 0 || v[flagsCol] == null || eventType == null) return false;
    Set<String> applicable = eventType.flags();
    String flags = v[flagsCol];
    scratch.clear();
    boolean dropped = false;
    for (String f : flags.split(";", -1)) {
      if (applicable.contains(f)) scratch.add(f);
      else dropped = true;
    }
    if (dropped) v[flagsCol] = scratch.isEmpty() ? null : String.join(";", scratch);
    return dropped;
  }

  int typeColumn() {
    return typeCol;
  }

  int detailColumn() {
    return detailCol;
  }

  private ReasonCode ownCheck(int i, String[] v) {
    ColumnSpec spec = specs[i];
    String s = v[i];
    switch (spec.type()) {
      case TEXT:
        return spec.pattern() == null || spec.pattern().matches(s) ? null : ReasonCode.BAD_VALUE;
      case INTEGER:
        return integerInRange(s, spec.min(), spec.max()) ? null : ReasonCode.BAD_VALUE;
      case CODE:
        return spec.multiValued() ? normaliseCodes(i, v, spec.codes()) : spec.codes().contains(s) ? null : ReasonCode.BAD_ENUM;
      case COUNTRY:
        return schema.countries().contains(s) || spec.extraCodes().contains(s) ? null : ReasonCode.BAD_COUNTRY;
      case COUNTERPART:
        return schema.countries().contains(s) ? null : ReasonCode.BAD_COUNTRY;
      case DATE:
        int day = IsoDate.epochDay(s);
        if (day == IsoDate.INVALID) return ReasonCode.BAD_DATE;
        if (day < spec.minEpochDay() || day > extractDay) return ReasonCode.DATE_OUT_OF_RANGE;
        if (i == dateCol) eventDay = day;
        return null;
      case EVENT_TYPE:
        return eventType != null ? null : ReasonCode.BAD_ENUM;
      case DETAIL:
        // without a valid event type the detail cannot be judged; the row already has its reason
        if (eventType == null) return null;
        return !eventType.hasDetailCodes() || eventType.detailCodes().contains(s) ? null : ReasonCode.BAD_ENUM;
      default:
        throw new IllegalStateException("column type without a check: " + spec.type());
    }
  }

  private ReasonCode detailRule(String[] v) {
    if (detailCol < 0) return eventType.hasDetailCodes() ? ReasonCode.DETAIL_MISSING : null;
    String d = v[detailCol];
    if (eventType.hasDetailCodes() && d == null) return ReasonCode.DETAIL_MISSING;
    if (!eventType.hasDetailCodes() && d != null) {
      passed[detailCol] = false; // a detail where none is allowed may be free text: never kept
      return ReasonCode.DETAIL_FORBIDDEN;
    }
    return null;
  }

  private ReasonCode counterpartRule(String[] v) {
    String c = counterpartCol < 0 ? null : v[counterpartCol];
    if (eventType.counterpartRequired()) {
      if (c == null) return ReasonCode.COUNTERPART_MISSING;
      if (c.equals(reportingCountry)) {
        passed[counterpartCol] = false;
        return ReasonCode.COUNTERPART_FORBIDDEN;
      }
      return null;
    }
    if (c != null) {
      passed[counterpartCol] = false;
      return ReasonCode.COUNTERPART_FORBIDDEN;
    }
    return null;
  }

  /** Checks every element of a ';' list; repeats are collapsed keeping the first-seen order. */
  private ReasonCode normaliseCodes(int i, String[] v, Set<String> codes) {
    String s = v[i];
    scratch.clear();
    int n = 0;
    int from = 0;
    while (true) {
      int to = s.indexOf(';', from);
      String code = to < 0 ? s.substring(from) : s.substring(from, to);
      if (code.isEmpty() || !codes.contains(code)) return ReasonCode.BAD_ENUM;
      n++;
      if (!scratch.contains(code)) scratch.add(code);
      if (to < 0) break;
      from = to + 1;
    }
    if (scratch.size() < n) v[i] = String.join(";", scratch);
    return null;
  }

  /** Extract format 1.0.1: a field longer than 4 096 characters is BAD_VALUE, whatever its column. */
  static boolean tooLong(String s) {
    return s.length() > MAX_FIELD_CHARS && s.codePointCount(0, s.length()) > MAX_FIELD_CHARS;
  }

  /** Plain decimal digits only (no sign, no spaces), within the range. */
  private static boolean integerInRange(String s, int min, int max) {
    if (s.length() > 9) return false;
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    return v >= min && v <= max;
  }

  private int indexOf(ColumnType type) {
    for (int i = 0; i < specs.length; i++) if (specs[i].type() == type) return i;
    return -1;
  }

  private int indexOfName(String name) {
    for (int i = 0; i < specs.length; i++) if (specs[i].name().equals(name)) return i;
    return -1;
  }
}
