package org.mekong.mpm.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.journey.CaseJourneys;
import org.mekong.mpm.testing.CaseFixtures;

/**
 * The aggregates of one fixture, computed once (one Spark action) and looked up by cell, so that
 * each test asserts its own indicator's hand-computed numbers.
 */
final class AggregateCells {
  private final List<Row> rows;
  private final Map<List<String>, Row> byKey = new HashMap<>();

  private AggregateCells(List<Row> rows) {
    this.rows = rows;
    for (Row r : rows) {
      byKey.put(List.of(id(r), period(r), country(r), dimension(r), category(r)), r);
    }
  }

  static Dataset<Row> journeys(SparkSession spark, CaseFixtures f) {
    return CaseJourneys.build(f.cases(spark), f.events(spark), f.submissions(spark));
  }

  static AggregateCells compute(SparkSession spark, CaseFixtures f, String from, String to) {
    Dataset<Row> members = IndicatorMembers.of(journeys(spark, f));
    return new AggregateCells(IndicatorAggregates.compute(members, from, to).collectAsList());
  }

  List<Row> rows() {
    return rows;
  }

  /** The row, or null when the cell has no member. */
  Row cell(String id, String period, String country, String dimension, String category) {
    return byKey.get(List.of(id, period, country, dimension, category));
  }

  Row total(String id, String period, String country) {
    return cell(id, period, country, "total", "ALL");
  }

  /** {numerator, denominator} of a cell; {0, 0} when it has no member. */
  long[] counts(String id, String period, String country, String dimension, String category) {
    Row r = cell(id, period, country, dimension, category);
    return r == null ? new long[] {0, 0}
        : new long[] {r.<Long>getAs(AggregateTable.NUMERATOR), r.<Long>getAs(AggregateTable.DENOMINATOR)};
  }

  long[] counts(String id, String period, String country) {
    return counts(id, period, country, "total", "ALL");
  }

  /** The median of a days cell; null when it has no member. */
  Double median(String id, String period, String country, String dimension, String category) {
    Row r = cell(id, period, country, dimension, category);
    return r == null || r.getAs(AggregateTable.MEDIAN) == null ? null
        : r.<Row>getAs(AggregateTable.MEDIAN).<Double>getAs(AggregateTable.MEDIAN_VALUE);
  }

  Double median(String id, String period, String country) {
    return median(id, period, country, "total", "ALL");
  }

  /** All categories present for an indicator, period, country and dimension. */
  List<String> categories(String id, String period, String country, String dimension) {
    return rows.stream()
        .filter(r -> id(r).equals(id) && period(r).equals(period)
            && country(r).equals(country) && dimension(r).equals(dimension))
        .map(AggregateCells::category).sorted().toList();
  }

  static String id(Row r) {
    return r.getAs(AggregateTable.INDICATOR_ID);
  }

  static String period(Row r) {
    return r.getAs(AggregateTable.PERIOD);
  }

  static String country(Row r) {
    return r.getAs(AggregateTable.COUNTRY);
  }

  static String dimension(Row r) {
    return r.getAs(AggregateTable.DIMENSION);
  }

  static String category(Row r) {
    return r.getAs(AggregateTable.CATEGORY);
  }

  static String tok(char hex) {
    return String.valueOf(hex).repeat(64);
  }
}
