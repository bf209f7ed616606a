package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Aggregates indicator members to the published grain: quarter × indicator × country (each, and
 * the region pooled) × one disaggregation at a time. Medians are exact, over all members of the
 * cell (the region's over all the region's members, never an average of countries).
 *
 * <p>Result columns: indicator_id, period, country, dimension, category, numerator, denominator,
 * median, median_low, median_high. {@code dimension} is {@code total} for the total row.
 */
public final class IndicatorAggregates {
  private IndicatorAggregates() {}

  /** z of the 95 % intervals, as the framework fixes it. */
  static final double Z = 1.959963984540054;

  /** The period (YYYYQn) of a date. */
  static Column period(Column date) {
    return functions.concat(functions.year(date).cast("string"), lit("Q"),
        functions.quarter(date).cast("string"));
  }

  /** Members within the reported quarters, aggregated; {@code from} and {@code to} as YYYYQn. */
  public static Dataset<Row> compute(Dataset<Row> members, String from, String to) {
    Dataset<Row> inRange = members.withColumn("period", period(col("ref")))
        .filter(col("period").geq(from).and(col("period").leq(to)));
    Column cells = expr("concat("
        + "array(named_struct('dimension', 'total', 'category', 'ALL'),"
        + " named_struct('dimension', 'sex', 'category', sex),"
        + " named_struct('dimension', 'age_group', 'category', age_group),"
        + " named_struct('dimension', 'nationality', 'category', nationality)),"
        + " transform(exploitation_types, t -> named_struct('dimension', 'exploitation_type', 'category', t)),"
        + " IF(counterpart_country IS NULL, array(),"
        + " array(named_struct('dimension', 'counterpart_country', 'category', counterpart_country))))");
    Dataset<Row> exploded = inRange
        .select(col("indicator_id"), col("period"), col("country"), col("num"), col("dur"),
            functions.explode(cells).as("c"))
        .select(col("indicator_id"), col("period"), col("country"),
            col("c.dimension").as("dimension"), col("c.category").as("category"), col("num"), col("dur"));
    exploded.createOrReplaceTempView("mpm_cells");
    Dataset<Row> grouped = exploded.sparkSession().sql(
        "SELECT indicator_id, period, coalesce(country, 'ALL') AS country, dimension, category,"
            + " count_if(num) AS numerator, count(1) AS denominator,"
            + " array_sort(collect_list(dur)) AS durs"
            + " FROM mpm_cells"
            + " GROUP BY GROUPING SETS ((indicator_id, period, dimension, category, country),"
            + " (indicator_id, period, dimension, category))");
    return grouped.withColumn("n", functions.size(col("durs")))
        .select(col("indicator_id"), col("period"), col("country"), col("dimension"),
            col("category"), col("numerator"), col("denominator"),
            expr(MEDIAN).as("median"),
            expr(orderStatistic("n / 2.0 - " + Z + " * sqrt(n) / 2.0")).as("median_low"),
            expr(orderStatistic("1 + n / 2.0 + " + Z + " * sqrt(n) / 2.0")).as("median_high"));
  }

  /** The exact median of the sorted durations: the middle value, or the mean of the two middle ones. */
  private static final String MEDIAN = "CASE WHEN n = 0 THEN NULL"
      + " WHEN n % 2 = 1 THEN CAST(element_at(durs, CAST((n + 1) / 2 AS INT)) AS DOUBLE)"
      + " ELSE (element_at(durs, CAST(n / 2 AS INT)) + element_at(durs, CAST(n / 2 AS INT) + 1)) / 2.0 END";

  /** The value at 1-based rank round(rank), clamped to [1, n]; null when n < 6 (the framework's rule). */
  private static String orderStatistic(String rank) {
    return "CASE WHEN n < 6 THEN NULL ELSE CAST(element_at(durs, greatest(1, least(n, CAST(round("
        + rank + ") AS INT)))) AS DOUBLE) END";
  }
}
