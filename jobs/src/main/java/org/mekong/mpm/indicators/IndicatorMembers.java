package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The members of every indicator's population, in one pass over the case journeys: one row per
 * member with its indicator, reference date, window end, counterpart, numerator flag or duration,
 * and the case attributes the disaggregation uses. Only observable members are kept: those whose
 * window end is on or before their reporting country's extract date.
 */
public final class IndicatorMembers {
  private IndicatorMembers() {}

  public static Dataset<Row> of(Dataset<Row> journeys) {
    return of(journeys, IndicatorRules.ALL);
  }

  /**
   * The members of the named indicators only, for the benchmark's like-for-like comparison with a
   * peer engine; an unknown id is an error so that a typo cannot shrink the work measured.
   */
  public static Dataset<Row> ofIndicators(Dataset<Row> journeys, Set<String> ids) {
    List<Rule> rules = IndicatorRules.ALL.stream().filter(r -> ids.contains(r.indicatorId())).toList();
    if (rules.size() != ids.size()) {
      throw new IllegalArgumentException("unknown indicator ids among " + ids);
    }
    return of(journeys, rules);
  }

  static Dataset<Row> of(Dataset<Row> journeys, List<Rule> rules) {
    String all = rules.stream().map(Rule::members).collect(Collectors.joining(", ", "concat(", ")"));
    Column member = col("m");
    return journeys
        .select(col("country"), col("extract_date"), col("sex"), col("age_group"), col("nationality"),
            col("exploitation_types"),
            functions.explode(functions.expr(all).cast("array<" + Rule.MEMBER + ">")).as("m"))
        .filter(member.getField("window_end").leq(col("extract_date")))
        .select(member.getField("indicator_id").as("indicator_id"),
            col("country"), member.getField("ref").as("ref"),
            col("sex"), col("age_group"), col("nationality"), col("exploitation_types"),
            member.getField("cp").as("counterpart_country"),
            member.getField("num").as("num"), member.getField("dur").as("dur"));
  }
}
