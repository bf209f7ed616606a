package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
    Dataset<Row> cells = withRegion(countryCells(explode(combinations(inPeriods(members, from, to)))));
    return AggregateTable.CONTRACT.check(IndicatorMembers.STAGE, withMedians(cells));
  }

  /** Each member once per period it is reported in: its quarter, and its year when the year is complete. */
  private static Dataset<Row> inPeriods(Dataset<Row> members, String from, String to) {
    Column quarter = col("quarter");
    Column year = functions.year(col(MemberTable.REFERENCE_DATE)).cast("string");
    Column wholeYear = functions.concat(year, lit("Q1")).geq(from).and(functions.concat(year, lit("Q4")).leq(to));
    return members.withColumn("quarter", period(col(MemberTable.REFERENCE_DATE)))
        .filter(quarter.geq(from).and(quarter.leq(to)))
        .withColumn(PERIOD, functions.explode(functions.when(wholeYear, functions.array(quarter, year))
            .otherwise(functions.array(quarter))));
  }

  /**
   * Members counted by the combination of everything a cell or a median reads. Many members share
   * a combination, so the explosion into cells below multiplies far fewer rows than there are
   * members. The exploitation types are a set (extract format: "a repeated code is allowed and
   * counts once"), sorted so that the same set is one combination.
   */
  private static Dataset<Row> combinations(Dataset<Row> members) {
    return members
        .groupBy(col(MemberTable.INDICATOR_ID), col(PERIOD), col(MemberTable.COUNTRY), col(MemberTable.SEX),
            col(MemberTable.AGE_GROUP), col(MemberTable.NATIONALITY),
            functions.array_sort(functions.array_distinct(col(MemberTable.EXPLOITATION_TYPES)))
                .as(MemberTable.EXPLOITATION_TYPES),
            col(MemberTable.COUNTERPART_COUNTRY), col(MemberTable.DURATION_DAYS))
        .agg(functions.count_if(col(MemberTable.IN_NUMERATOR)).as(NUMERATOR), functions.count(lit(1)).as(MEMBERS));
  }

  /** Each combination once in each of its cells: the total, one per dimension, one per exploitation type. */
  private static Dataset<Row> explode(Dataset<Row> combinations) {
    Column cells = expr("concat("
        + "array(named_struct('dimension', 'total', 'category', 'ALL'),"
        + " named_struct('dimension', 'sex', 'category', sex),"
        + " named_struct('dimension', 'age_group', 'category', age_group),"
        + " named_struct('dimension', 'nationality', 'category', nationality)),"
        + " transform(exploitation_types, t -> named_struct('dimension', 'exploitation_type', 'category', t)),"
        + " IF(counterpart_country IS NULL, array(),"
        + " array(named_struct('dimension', 'counterpart_country', 'category', counterpart_country))))");
    return combinations
        .select(col(MemberTable.INDICATOR_ID), col(PERIOD), col(MemberTable.COUNTRY),
            functions.explode(cells).as("c"), col(MemberTable.DURATION_DAYS).as(DURATION), col(NUMERATOR),
            col(MEMBERS))
        .select(col(MemberTable.INDICATOR_ID), col(PERIOD), col(MemberTable.COUNTRY),
            col("c.dimension").as(AggregateTable.DIMENSION), col("c.category").as(AggregateTable.CATEGORY),
            col(DURATION), col(NUMERATOR), col(MEMBERS));
  }

  /**
   * Each country's cells split by duration (null for members without one): the counts of a cell
   * are the sums over its rows, and its rows with a duration are the histogram its exact median is
   * read from, so one aggregation serves both.
   */
  private static Dataset<Row> countryCells(Dataset<Row> exploded) {
    return exploded.groupBy(CELL_BY_DURATION).agg(
        functions.sum(NUMERATOR).as(NUMERATOR), functions.sum(MEMBERS).as(MEMBERS));
  }

  /**
   * The country cells, and the region's (ALL) derived from them: a region cell pools its countries'
   * members, so its counts and its histogram, duration by duration, are sums of the countries' (never
   * averages) and its median stays exact. Each country row is read once more as a region row, rather
   * than the region aggregated in a second branch, so that the plan stays one pass over the members.
   */
  private static Dataset<Row> withRegion(Dataset<Row> countryCells) {
    return countryCells
        .withColumn(AggregateTable.COUNTRY,
            functions.explode(functions.array(col(AggregateTable.COUNTRY), lit(REGION))))
        .groupBy(CELL_BY_DURATION).agg(functions.sum(NUMERATOR).as(NUMERATOR), functions.sum(MEMBERS).as(MEMBERS));
  }

  /** One row per cell: the counts summed over its durations, the median from its histogram. */
  private static Dataset<Row> withMedians(Dataset<Row> cells) {
    // collect_list skips nulls: the members without a duration count, but are not in the histogram
    Column histogram = functions.array_sort(functions.collect_list(
        functions.when(col(DURATION).isNotNull(), functions.struct(col(DURATION), col(MEMBERS)))));
    return cells.groupBy(CELL)
        .agg(functions.sum(NUMERATOR).as(AggregateTable.NUMERATOR),
            functions.sum(MEMBERS).as(AggregateTable.DENOMINATOR), MEDIAN.apply(histogram).as(AggregateTable.MEDIAN))
        .select(col(AggregateTable.INDICATOR_ID), col(AggregateTable.PERIOD), col(AggregateTable.COUNTRY),
            col(AggregateTable.DIMENSION), col(AggregateTable.CATEGORY), col(AggregateTable.NUMERATOR),
            col(AggregateTable.DENOMINATOR), col(AggregateTable.MEDIAN));
  }

  private static final String PERIOD = AggregateTable.PERIOD;
  private static final String DURATION = "duration";
  private static final String NUMERATOR = "numerator";
  private static final String MEMBERS = "members";
  private static final Column[] CELL = {col(AggregateTable.INDICATOR_ID), col(AggregateTable.PERIOD),
      col(AggregateTable.COUNTRY), col(AggregateTable.DIMENSION), col(AggregateTable.CATEGORY)};
  private static final Column[] CELL_BY_DURATION = {col(AggregateTable.INDICATOR_ID),
      col(AggregateTable.PERIOD), col(AggregateTable.COUNTRY), col(AggregateTable.DIMENSION),
      col(AggregateTable.CATEGORY), col(DURATION)};
  /** The country of the region's rows. */
  private static final String REGION = "ALL";

  /** The exact median and its order-statistic interval, by the one implementation of the framework's rule. */
  private static final UserDefinedFunction MEDIAN = functions.udf(
      (UDF1<Seq<Row>, Row>) IndicatorAggregates::median,
      AggregateTable.MEDIAN_STRUCT);

  /** From the cell's (duration, members) pairs, ascending by duration. */
  private static Row median(Seq<Row> histogram) {
    // a cell without durations has an empty histogram, whose median MedianWithInterval gives as null
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
