package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The departures counted in RET-07 in the reported quarters that no reception confirms: the
 * case-level list a national office follows up (restricted tier only). They are RET-07's own
 * members outside its numerator, so a change to the rule changes this list with it.
 */
public final class ReturnExceptions {
  private ReturnExceptions() {}

  public static Dataset<Row> of(Dataset<Row> journeys, String from, String to) {
    Column member = col("m");
    return IndicatorMembers.observable(journeys, List.of(IndicatorRules.rule("RET-07")),
            "country", "case_id", "bilateral_ref")
        .filter(functions.not(member.getField("in_numerator")))
        .withColumn("departure_date", functions.date_from_unix_date(member.getField("reference_day")))
        .withColumn("period", IndicatorAggregates.period(col("departure_date")))
        .filter(col("period").geq(from).and(col("period").leq(to)))
        .select(col("country"), col("case_id"), col("bilateral_ref"), col("departure_date"),
            member.getField("counterpart_country").as("counterpart_country"))
        .orderBy("country", "departure_date", "case_id");
  }
}
