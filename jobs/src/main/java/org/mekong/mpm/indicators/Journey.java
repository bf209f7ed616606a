package org.mekong.mpm.indicators;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.journey.JourneyTable;
import org.mekong.mpm.stage.StagedCases;
import scala.collection.immutable.Seq;

/**
 * A case journey as the rules read it: the case's attributes, its milestone dates and its events in
 * date order. Dates are days since 1970-01-01; {@link #NONE} marks a date the case does not have.
 */
final class Journey {
  static final int NONE = Integer.MIN_VALUE;

  /** The journey columns the rules read: {@link #from} decodes a struct of them, by name. */
  static final List<String> COLUMNS = List.of(StagedCases.CASE_TYPE, StagedCases.AGE_GROUP, StagedCases.IS_FOREIGN,
      JourneyTable.SCREEN, JourneyTable.DECISION, JourneyTable.ID_DATE, JourneyTable.RECEPTION,
      JourneyTable.FIRST_EVENT, JourneyTable.DEATH, JourneyTable.RETRAF_DATES, JourneyTable.EVENTS);

  /** The journey struct {@link #from} decodes, from a journeys table. */
  static Column column() {
    return functions.struct(COLUMNS.stream().map(functions::col).toArray(Column[]::new));
  }

  /** One event of the case, with the cross-border flags of {@link JourneyTable.Event}. */
  record Event(String type, int date, String detail, String counterpart, List<String> flags,
      boolean departureObservable, boolean departureConfirmed, boolean receptionObservable,
      boolean receptionMatched) {
    boolean is(String t) {
      return type.equals(t);
    }

    boolean flagged(String f) {
      return flags.contains(f);
    }

    /** Same counterpart as {@code other}, both present. */
    boolean sameCounterpart(Event other) {
      return counterpart != null && counterpart.equals(other.counterpart);
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

  private Journey(Row r, Fields f) {
    caseType = r.getString(f.caseType);
    ageGroup = r.getString(f.ageGroup);
    foreign = !r.isNullAt(f.foreign) && r.getBoolean(f.foreign);
    screen = day(r, f.screen);
    decision = day(r, f.decision);
    idDate = day(r, f.idDate);
    reception = day(r, f.reception);
    firstEvent = day(r, f.firstEvent);
    death = day(r, f.death);
    Seq<Date> retraf = r.getAs(f.retrafDates);
    retrafDates = new int[retraf == null ? 0 : retraf.size()];
    for (int i = 0; i < retrafDates.length; i++) retrafDates[i] = day(retraf.apply(i));
    Seq<Row> evs = r.getAs(f.events);
    events = new Event[evs == null ? 0 : evs.size()];
    EventFields ef = null;
    for (int i = 0; i < events.length; i++) {
      Row e = evs.apply(i);
      if (ef == null) ef = EventFields.of(e.schema());
      events[i] = event(e, ef);
    }
  }

  /** Decodes a struct of {@link #COLUMNS} (any order: the fields are found by name). */
  static Journey from(Row r) {
    return new Journey(r, Fields.of(r.schema()));
  }

  /**
   * Where each column sits in the rows of one schema: looked up by name once per schema, not per
   * row (every row a UDF receives carries the same schema object).
   */
  private record Fields(StructType schema, int caseType, int ageGroup, int foreign, int screen, int decision,
      int idDate, int reception, int firstEvent, int death, int retrafDates, int events) {
    private static volatile Fields last;

    static Fields of(StructType s) {
      Fields f = last;
      if (f != null && (f.schema == s || f.schema.equals(s))) return f;
      f = new Fields(s, s.fieldIndex(StagedCases.CASE_TYPE), s.fieldIndex(StagedCases.AGE_GROUP),
          s.fieldIndex(StagedCases.IS_FOREIGN), s.fieldIndex(JourneyTable.SCREEN),
          s.fieldIndex(JourneyTable.DECISION), s.fieldIndex(JourneyTable.ID_DATE),
          s.fieldIndex(JourneyTable.RECEPTION), s.fieldIndex(JourneyTable.FIRST_EVENT),
          s.fieldIndex(JourneyTable.DEATH), s.fieldIndex(JourneyTable.RETRAF_DATES),
          s.fieldIndex(JourneyTable.EVENTS));
      last = f;
      return f;
    }
  }

  /** Where each event field sits, as {@link Fields}. */
  private record EventFields(StructType schema, int type, int date, int detail, int counterpart, int flags,
      int departureObservable, int departureConfirmed, int receptionObservable, int receptionMatched) {
    private static volatile EventFields last;

    static EventFields of(StructType s) {
      EventFields f = last;
      if (f != null && (f.schema == s || f.schema.equals(s))) return f;
      f = new EventFields(s, s.fieldIndex(JourneyTable.Event.EVENT_TYPE),
          s.fieldIndex(JourneyTable.Event.EVENT_DATE), s.fieldIndex(JourneyTable.Event.DETAIL),
          s.fieldIndex(JourneyTable.Event.COUNTERPART_COUNTRY), s.fieldIndex(JourneyTable.Event.FLAGS),
          s.fieldIndex(JourneyTable.Event.DEPARTURE_COUNTERPART_OBSERVABLE),
          s.fieldIndex(JourneyTable.Event.DEPARTURE_CONFIRMED_RECEIVED),
          s.fieldIndex(JourneyTable.Event.RECEPTION_COUNTERPART_OBSERVABLE),
          s.fieldIndex(JourneyTable.Event.RECEPTION_MATCHED_DEPARTURE));
      last = f;
      return f;
    }
  }

  private static Event event(Row e, EventFields f) {
    Seq<String> flags = e.getAs(f.flags);
    return new Event(e.getString(f.type), day(e.<Date>getAs(f.date)), e.getString(f.detail),
        e.getString(f.counterpart),
        flags == null ? List.of() : scala.jdk.javaapi.CollectionConverters.asJava(flags),
        isTrue(e, f.departureObservable), isTrue(e, f.departureConfirmed), isTrue(e, f.receptionObservable),
        isTrue(e, f.receptionMatched));
  }

  private static boolean isTrue(Row r, int i) {
    return !r.isNullAt(i) && r.getBoolean(i);
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
