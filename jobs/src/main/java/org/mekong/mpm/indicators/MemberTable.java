package org.mekong.mpm.indicators;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.stage.TableContract;

/**
 * Indicator members: one row per observable member of an indicator's population, with the case
 * attributes the disaggregation uses. Built by {@link IndicatorMembers}, read by
 * {@link IndicatorAggregates}.
 */
public final class MemberTable {
  private MemberTable() {}

  public static final String INDICATOR_ID = "indicator_id";
  /** The reporting country. */
  public static final String COUNTRY = "country";
  /** The date that places the member in a quarter (the indicator's reference date). */
  public static final String REFERENCE_DATE = "reference_date";
  public static final String SEX = "sex";
  public static final String AGE_GROUP = "age_group";
  public static final String NATIONALITY = "nationality";
  public static final String EXPLOITATION_TYPES = "exploitation_types";
  /** The counterpart country of the member's event, for the indicators broken down by it; else null. */
  public static final String COUNTERPART_COUNTRY = "counterpart_country";
  /** Percent indicators: the member is in the numerator; null for the other units. */
  public static final String IN_NUMERATOR = "in_numerator";
  /** Days indicators: the member's duration in days; null for the other units. */
  public static final String DURATION_DAYS = "duration_days";

  public static final StructType SCHEMA = new StructType()
      .add(INDICATOR_ID, DataTypes.StringType)
      .add(COUNTRY, DataTypes.StringType)
      .add(REFERENCE_DATE, DataTypes.DateType)
      .add(SEX, DataTypes.StringType)
      .add(AGE_GROUP, DataTypes.StringType)
      .add(NATIONALITY, DataTypes.StringType)
      .add(EXPLOITATION_TYPES, DataTypes.createArrayType(DataTypes.StringType))
      .add(COUNTERPART_COUNTRY, DataTypes.StringType)
      .add(IN_NUMERATOR, DataTypes.BooleanType)
      .add(DURATION_DAYS, DataTypes.IntegerType);

  public static final TableContract CONTRACT = new TableContract("indicator members", SCHEMA);
}
