package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The departures counted in RET-07 in the reported quarters that no reception confirms: the
 * case-level list a national office follows up (restricted tier only).
 */
public final class ReturnExceptions {
  private ReturnExceptions() {}

  public static Dataset<Row> of(Dataset<Row> journeys, String from, String to) {
    return journeys
        .select(col("country"), col("case_id"), col("bilateral_ref"),
            expr("explode(filter(events, e -> e.event_type = 'RETURN_DEPARTED' AND e.o7 AND NOT e.m7))").as("e"))
        .withColumn("period", IndicatorAggregates.period(col("e.event_date")))
        .filter(col("period").geq(from).and(col("period").leq(to)))
        .select(col("country"), col("case_id"), col("bilateral_ref"),
            col("e.event_date").as("departure_date"), col("e.cp").as("counterpart_country"))
        .orderBy("country", "departure_date", "case_id");
  }
}
