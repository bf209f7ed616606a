package org.mekong.mpm.indicators;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.collection.immutable.Seq;

/**
 * A case journey as the rules read it: the case's attributes, its milestone dates and its events in
 * date order. Dates are days since 1970-01-01; {@link #NONE} marks a date the case does not have.
 */
final class Journey {
  static final int NONE = Integer.MIN_VALUE;

  /** The journey columns the rules read, in the order {@link #from} expects them. */
  static final List<String> COLUMNS = List.of("case_type", "age_group", "is_foreign", "screen", "decision",
      "id_date", "reception", "first_event", "death", "retraf_dates", "events");

  /** The journey struct {@link #from} decodes, from a journeys table. */
  static Column column() {
    return functions.struct(COLUMNS.stream().map(functions::col).toArray(Column[]::new));
  }

  /** One event of the case, with the cross-border flags of {@code CrossBorderMatches}. */
  record Event(String type, int date, String detail, String cp, List<String> flags, boolean o7, boolean m7,
      boolean o8, boolean m8) {
    boolean is(String t) {
      return type.equals(t);
    }

    boolean flagged(String f) {
      return flags.contains(f);
    }

    /** Same counterpart as {@code other}, both present. */
    boolean sameCounterpart(Event other) {
      return cp != null && cp.equals(other.cp);
    }
  }

  final String caseType;
  final String ageGroup;
  final boolean foreign;
  final int screen;
  final int decision;
  final int idDate;
  final int reception;
  final int firstEvent;
  final int death;
  final int[] retrafDates;
  final Event[] events;

  private Journey(Row r) {
    caseType = r.getString(0);
    ageGroup = r.getString(1);
    foreign = !r.isNullAt(2) && r.getBoolean(2);
    screen = day(r, 3);
    decision = day(r, 4);
    idDate = day(r, 5);
    reception = day(r, 6);
    firstEvent = day(r, 7);
    death = day(r, 8);
    Seq<Date> retraf = r.getAs(9);
    retrafDates = new int[retraf == null ? 0 : retraf.size()];
    for (int i = 0; i < retrafDates.length; i++) retrafDates[i] = day(retraf.apply(i));
    Seq<Row> evs = r.getAs(10);
    events = new Event[evs == null ? 0 : evs.size()];
    for (int i = 0; i < events.length; i++) events[i] = event(evs.apply(i));
  }

  /** Decodes a struct of {@link #COLUMNS}. */
  static Journey from(Row r) {
    return new Journey(r);
  }

  private static Event event(Row e) {
    Seq<String> flags = e.getAs("flags");
    return new Event(e.getAs("event_type"), day(e.<Date>getAs("event_date")), e.getAs("detail"), e.getAs("cp"),
        flags == null ? List.of() : scala.jdk.javaapi.CollectionConverters.asJava(flags),
        isTrue(e, "o7"), isTrue(e, "m7"), isTrue(e, "o8"), isTrue(e, "m8"));
  }

  private static boolean isTrue(Row r, String field) {
    Object v = r.getAs(field);
    return v != null && (Boolean) v;
  }

  private static int day(Row r, int i) {
    return r.isNullAt(i) ? NONE : day(r.<Date>getAs(i));
  }

  private static int day(Date d) {
    return d == null ? NONE : (int) d.toLocalDate().toEpochDay();
  }

  static boolean has(int date) {
    return date != NONE;
  }

  // ---------- terms of the framework

  /** An identified victim: identified here, with a VICTIM or PRESUMED_VICTIM decision. */
  boolean victim() {
    return "IDENTIFIED_HERE".equals(caseType) && has(idDate);
  }

  /** A returnee: formally returned, with a reception. */
  boolean returnee() {
    return "RETURNEE".equals(caseType) && has(reception);
  }

  boolean child() {
    return "CHILD".equals(ageGroup);
  }

  /** Not deceased by d: no CASE_CLOSED DECEASED dated on or before d (also before reception). */
  boolean aliveAt(int d) {
    return !has(death) || death > d;
  }

  /** Some event of the given type dated in [from, to]. */
  boolean any(String type, int from, int to) {
    for (Event x : events) if (x.is(type) && x.date >= from && x.date <= to) return true;
    return false;
  }

  boolean anyFlagged(String type, String flag, int from, int to) {
    for (Event x : events) if (x.is(type) && x.flagged(flag) && x.date >= from && x.date <= to) return true;
    return false;
  }

  boolean anyDetail(String type, String detail, int from, int to) {
    for (Event x : events) if (x.is(type) && detail.equals(x.detail) && x.date >= from && x.date <= to) return true;
    return false;
  }

  /** A follow-up visit in (from, to]. */
  boolean visitIn(int from, int to) {
    return any("FOLLOW_UP_VISIT", from + 1, to);
  }

  /** A detention episode (DETAINED d, ended by the first DETENTION_ENDED dated ≥ d) still open after the date. */
  boolean detainedAfter(int date) {
    for (Event x : events) {
      if (!x.is("DETAINED")) continue;
      int end = NONE;
      for (Event y : events) {
        if (y.is("DETENTION_ENDED") && y.date >= x.date && (end == NONE || y.date < end)) end = y.date;
      }
      if (end == NONE || end > date) return true;
    }
    return false;
  }
}
