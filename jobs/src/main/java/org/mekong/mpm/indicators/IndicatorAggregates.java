package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import scala.collection.immutable.Seq;

/**
 * Aggregates indicator members to the published grain: quarter (and complete year) × indicator × country (each, and
 * the region pooled) × one disaggregation at a time. Medians are exact, over all members of the
 * cell (the region's over all the region's members, never an average of countries).
 *
 * <p>Result columns: indicator_id, period, country, dimension, category, numerator, denominator,
 * median (struct of median, low, high; null without durations). {@code dimension} is {@code total} for the total row.
 */
public final class IndicatorAggregates {
  private IndicatorAggregates() {}

  /** The period (YYYYQn) of a date. */
  static Column period(Column date) {
    return functions.concat(functions.year(date).cast("string"), lit("Q"),
        functions.quarter(date).cast("string"));
  }

  /**
   * Members within the reported quarters, aggregated by quarter and, for each calendar year whose four
   * quarters are all reported, by year too: a year's cells are computed from its members (its median over
   * the year's members), never by adding quarters. {@code from} and {@code to} as YYYYQn.
   */
  public static Dataset<Row> compute(Dataset<Row> members, String from, String to) {
    MemberTable.CONTRACT.check(IndicatorMembers.STAGE, members);
    Column quarter = col("quarter");
    Column year = functions.year(col(MemberTable.REFERENCE_DATE)).cast("string");
    Column wholeYear = functions.concat(year, lit("Q1")).geq(from).and(functions.concat(year, lit("Q4")).leq(to));
    Dataset<Row> inRange = members.withColumn("quarter", period(col(MemberTable.REFERENCE_DATE)))
        .filter(quarter.geq(from).and(quarter.leq(to)))
        .withColumn("period", functions.explode(functions.when(wholeYear, functions.array(quarter, year))
            .otherwise(functions.array(quarter))));
    Column cells = expr("concat("
        + "array(named_struct('dimension', 'total', 'category', 'ALL'),"
        + " named_struct('dimension', 'sex', 'category', sex),"
        + " named_struct('dimension', 'age_group', 'category', age_group),"
        + " named_struct('dimension', 'nationality', 'category', nationality)),"
        // a repeated code counts once (extract format: "a repeated code is allowed and counts once")
        + " transform(array_distinct(exploitation_types),"
        + " t -> named_struct('dimension', 'exploitation_type', 'category', t)),"
        + " IF(counterpart_country IS NULL, array(),"
        + " array(named_struct('dimension', 'counterpart_country', 'category', counterpart_country))))");
    Dataset<Row> exploded = inRange
        .select(col("indicator_id"), col("period"), col("country"), col(MemberTable.IN_NUMERATOR),
            col(MemberTable.DURATION_DAYS), functions.explode(cells).as("c"))
        .select(col("indicator_id"), col("period"), col("country"),
            col("c.dimension").as("dimension"), col("c.category").as("category"),
            col(MemberTable.IN_NUMERATOR), col(MemberTable.DURATION_DAYS));
    exploded.createOrReplaceTempView("mpm_cells");
    SparkSession spark = exploded.sparkSession();
    // counts aggregate partially before the shuffle; durations travel as (duration, count) pairs, so
    // a cell's shuffle carries its distinct durations, not one value per member (the region's cell too)
    Dataset<Row> counts = spark.sql("SELECT " + KEYS + ", count_if(" + MemberTable.IN_NUMERATOR + ") AS numerator,"
        + " count(1) AS denominator FROM mpm_cells GROUP BY " + GROUPING);
    Dataset<Row> histogram = spark.sql("SELECT " + KEYS + ", " + MemberTable.DURATION_DAYS + " AS duration,"
        + " count(1) AS members FROM mpm_cells WHERE " + MemberTable.DURATION_DAYS + " IS NOT NULL GROUP BY "
        + HISTOGRAM_GROUPING);
    Dataset<Row> durations = histogram.groupBy(JOIN_KEYS[0], JOIN_KEYS[1], JOIN_KEYS[2], JOIN_KEYS[3], JOIN_KEYS[4])
        .agg(functions.array_sort(functions.collect_list(functions.struct(col("duration"), col("members"))))
            .as("histogram"));
    return AggregateTable.CONTRACT.check(IndicatorMembers.STAGE, counts.join(durations, JOIN_KEYS, "left")
        .select(col("indicator_id"), col("period"), col("country"), col("dimension"),
            col("category"), col("numerator"), col("denominator"),
            MEDIAN.apply(col("histogram")).as(AggregateTable.MEDIAN)));
  }

  private static final String KEYS =
      "indicator_id, period, coalesce(country, 'ALL') AS country, dimension, category";
  private static final String GROUPING = "GROUPING SETS ((indicator_id, period, dimension, category, country),"
      + " (indicator_id, period, dimension, category))";
  /** The same cells, each split by duration. */
  private static final String HISTOGRAM_GROUPING = "GROUPING SETS ("
      + "(indicator_id, period, dimension, category, country, " + MemberTable.DURATION_DAYS + "),"
      + " (indicator_id, period, dimension, category, " + MemberTable.DURATION_DAYS + "))";
  private static final String[] JOIN_KEYS = {"indicator_id", "period", "country", "dimension", "category"};

  /** The exact median and its order-statistic interval, by the one implementation of the framework's rule. */
  private static final UserDefinedFunction MEDIAN = functions.udf(
      (UDF1<Seq<Row>, Row>) IndicatorAggregates::median,
      AggregateTable.MEDIAN_STRUCT);

  /** From the cell's (duration, members) pairs, ascending by duration. */
  private static Row median(Seq<Row> histogram) {
    if (histogram == null) return null;
    long[] values = new long[histogram.size()];
    long[] counts = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      Row pair = histogram.apply(i);
      values[i] = ((Number) pair.get(0)).longValue();
      counts[i] = pair.getLong(1);
    }
    MedianWithInterval m = MedianWithInterval.ofHistogram(values, counts);
    return m == null ? null : RowFactory.create(m.median(), m.low(), m.high());
  }
}
