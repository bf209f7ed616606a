package org.mekong.mpm.indicators;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.stage.TableContract;

/**
 * Indicator aggregates: one row per published cell (period × indicator × country or ALL × one
 * disaggregation), before the rows the contract adds where nothing was counted. Built by
 * {@link IndicatorAggregates}, read by {@link IndicatorTable} and the benchmark.
 */
public final class AggregateTable {
  private AggregateTable() {}

  public static final String INDICATOR_ID = "indicator_id";
  /** YYYYQn, or YYYY for a complete year. */
  public static final String PERIOD = "period";
  /** A reporting country, or ALL for the region. */
  public static final String COUNTRY = "country";
  /** {@code total} for the total row, else the disaggregation. */
  public static final String DIMENSION = "dimension";
  /** ALL on the total row, else the disaggregation's category. */
  public static final String CATEGORY = "category";
  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  /** Days indicators: struct of {@link #MEDIAN_VALUE}, {@link #LOW}, {@link #HIGH}; null without durations. */
  public static final String MEDIAN = "median";
  public static final String MEDIAN_VALUE = "median";
  public static final String LOW = "low";
  public static final String HIGH = "high";

  public static final StructType MEDIAN_STRUCT = new StructType()
      .add(MEDIAN_VALUE, DataTypes.DoubleType).add(LOW, DataTypes.DoubleType).add(HIGH, DataTypes.DoubleType);

  public static final StructType SCHEMA = new StructType()
      .add(INDICATOR_ID, DataTypes.StringType)
      .add(PERIOD, DataTypes.StringType)
      .add(COUNTRY, DataTypes.StringType)
      .add(DIMENSION, DataTypes.StringType)
      .add(CATEGORY, DataTypes.StringType)
      .add(NUMERATOR, DataTypes.LongType)
      .add(DENOMINATOR, DataTypes.LongType)
      .add(MEDIAN, MEDIAN_STRUCT);

  public static final TableContract CONTRACT = new TableContract("indicator aggregates", SCHEMA);
}
