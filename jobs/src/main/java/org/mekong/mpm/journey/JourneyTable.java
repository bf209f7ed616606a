package org.mekong.mpm.journey;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.stage.StagedCases;
import org.mekong.mpm.stage.TableContract;

/**
 * Case journeys: one row per case of the countries' current submissions, with the staged case's
 * columns, the milestone dates the framework's terms name, the dates of re-trafficking, and the
 * case's events in date order with the cross-border flags of RET-07 and RET-08. Built by
 * {@link CaseJourneys}, read by the indicator stage.
 */
public final class JourneyTable {
  private JourneyTable() {}

  /** First SCREENED event. */
  public static final String SCREEN = "screen";
  /** First IDENTIFIED event, whatever its decision. */
  public static final String DECISION = "decision";
  /** First IDENTIFIED event with a VICTIM or PRESUMED_VICTIM decision. */
  public static final String ID_DATE = "id_date";
  /** First RECEIVED event. */
  public static final String RECEPTION = "reception";
  public static final String FIRST_EVENT = "first_event";
  /** First CASE_CLOSED event with detail DECEASED. */
  public static final String DEATH = "death";
  /**
   * Dates of re-trafficking: the case's own RE_TRAFFICKED events and identifications as a victim of
   * another case with the same token under the same key, in any country.
   */
  public static final String RETRAF_DATES = "retraf_dates";
  /** The case's events in date order: array of {@link #EVENT}. */
  public static final String EVENTS = "events";

  /** Fields of one event. */
  public static final class Event {
    private Event() {}

    public static final String EVENT_DATE = "event_date";
    public static final String LINE = "line";
    public static final String EVENT_TYPE = "event_type";
    public static final String DETAIL = "detail";
    public static final String COUNTERPART_COUNTRY = "counterpart_country";
    public static final String FLAGS = "flags";
    /**
     * RET-07's population (RETURN_DEPARTED): the counterpart country has a current submission
     * extracted at least 30 days after the departure. Null on other events.
     */
    public static final String DEPARTURE_COUNTERPART_OBSERVABLE = "departure_counterpart_observable";
    /**
     * RET-07's numerator: the counterpart's extract has a reception from this country that matches
     * the departure. Null where the departure is not observable.
     */
    public static final String DEPARTURE_CONFIRMED_RECEIVED = "departure_confirmed_received";
    /**
     * RET-08's population (RECEIVED): the sending country has a current submission extracted at
     * least a day after the reception. Null on other events.
     */
    public static final String RECEPTION_COUNTERPART_OBSERVABLE = "reception_counterpart_observable";
    /**
     * RET-08's numerator: the sender's extract has a departure to this country that matches the
     * reception. Null where the reception is not observable.
     */
    public static final String RECEPTION_MATCHED_DEPARTURE = "reception_matched_departure";
  }

  /** The struct of one event, in the order {@link CaseJourneys} sorts them (date, then line). */
  public static final StructType EVENT = new StructType()
      .add(Event.EVENT_DATE, DataTypes.DateType)
      .add(Event.LINE, DataTypes.LongType)
      .add(Event.EVENT_TYPE, DataTypes.StringType)
      .add(Event.DETAIL, DataTypes.StringType)
      .add(Event.COUNTERPART_COUNTRY, DataTypes.StringType)
      .add(Event.FLAGS, DataTypes.createArrayType(DataTypes.StringType))
      .add(Event.DEPARTURE_COUNTERPART_OBSERVABLE, DataTypes.BooleanType)
      .add(Event.DEPARTURE_CONFIRMED_RECEIVED, DataTypes.BooleanType)
      .add(Event.RECEPTION_COUNTERPART_OBSERVABLE, DataTypes.BooleanType)
      .add(Event.RECEPTION_MATCHED_DEPARTURE, DataTypes.BooleanType);

  public static final StructType SCHEMA = schema();

  public static final TableContract CONTRACT = new TableContract("journeys", SCHEMA);

  private static StructType schema() {
    StructType s = new StructType();
    for (StructField f : StagedCases.SCHEMA.fields()) s = s.add(f);
    return s
        .add(EVENTS, DataTypes.createArrayType(EVENT))
        .add(SCREEN, DataTypes.DateType)
        .add(DECISION, DataTypes.DateType)
        .add(ID_DATE, DataTypes.DateType)
        .add(RECEPTION, DataTypes.DateType)
        .add(FIRST_EVENT, DataTypes.DateType)
        .add(DEATH, DataTypes.DateType)
        .add(RETRAF_DATES, DataTypes.createArrayType(DataTypes.DateType));
  }
}
