package org.mekong.mpm.stage;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Staged events: one row per validated event of an accepted submission, typed (restricted tier).
 * Written by ingest, read by the journey stage.
 */
public final class StagedEvents {
  private StagedEvents() {}

  public static final String COUNTRY = "country";
  public static final String EXTRACT_DATE = "extract_date";
  public static final String CASE_ID = "case_id";
  /** The event's case ({@link CaseKey}). */
  public static final String CASE_KEY = "case_key";
  public static final String EVENT_TYPE = "event_type";
  public static final String EVENT_DATE = "event_date";
  public static final String DETAIL = "detail";
  public static final String COUNTERPART_COUNTRY = "counterpart_country";
  public static final String FLAGS = "flags";
  /** The event's line in events.csv: with the country, the event's identity. */
  public static final String LINE = "line";

  public static final StructType SCHEMA = new StructType()
      .add(COUNTRY, DataTypes.StringType)
      .add(EXTRACT_DATE, DataTypes.DateType)
      .add(CASE_ID, DataTypes.StringType)
      .add(CASE_KEY, DataTypes.LongType)
      .add(EVENT_TYPE, DataTypes.StringType)
      .add(EVENT_DATE, DataTypes.DateType)
      .add(DETAIL, DataTypes.StringType)
      .add(COUNTERPART_COUNTRY, DataTypes.StringType)
      .add(FLAGS, DataTypes.createArrayType(DataTypes.StringType))
      .add(LINE, DataTypes.LongType);

  public static final TableContract CONTRACT = new TableContract("staged events", SCHEMA);
}
