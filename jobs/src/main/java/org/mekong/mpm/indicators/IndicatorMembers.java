package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.mekong.mpm.journey.JourneyTable;

/**
 * The members of every indicator's population, in one pass over the case journeys: one row per
 * member with its indicator, reference date, window end, counterpart, numerator flag or duration,
 * and the case attributes the disaggregation uses. Only observable members are kept: those whose
 * window end is on or before their reporting country's extract date.
 */
public final class IndicatorMembers {
  private IndicatorMembers() {}

  static final String STAGE = "indicator";

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
    Column member = col("m");
    return MemberTable.CONTRACT.check(STAGE, observable(journeys, rules,
            "country", "sex", "age_group", "nationality", "exploitation_types")
        .select(member.getField("indicator_id").as(MemberTable.INDICATOR_ID),
            col("country").as(MemberTable.COUNTRY),
            functions.date_from_unix_date(member.getField("reference_day")).as(MemberTable.REFERENCE_DATE),
            col("sex").as(MemberTable.SEX), col("age_group").as(MemberTable.AGE_GROUP),
            col("nationality").as(MemberTable.NATIONALITY),
            col("exploitation_types").as(MemberTable.EXPLOITATION_TYPES),
            member.getField("counterpart_country").as(MemberTable.COUNTERPART_COUNTRY),
            member.getField("in_numerator").as(MemberTable.IN_NUMERATOR),
            member.getField("duration_days").as(MemberTable.DURATION_DAYS)));
  }

  /**
   * The observable members of the rules as a struct column {@code m} (the {@link Rule#MEMBER}
   * fields), beside the named journey columns: for the tables that need the rules' members with
   * other case columns than the aggregates use.
   */
  static Dataset<Row> observable(Dataset<Row> journeys, List<Rule> rules, String... carried) {
    JourneyTable.CONTRACT.check(STAGE, journeys);
    Column[] cols = new Column[carried.length + 2];
    for (int i = 0; i < carried.length; i++) cols[i] = col(carried[i]);
    cols[carried.length] = col("extract_date").as("member_extract_date");
    cols[carried.length + 1] = functions.explode(membersOf(rules).apply(Journey.column())).as("m");
    return journeys.select(cols)
        .filter(functions.date_from_unix_date(col("m").getField("window_end")).leq(col("member_extract_date")))
        .drop("member_extract_date");
  }

  /** All the rules over one journey, as plain Java on the executors: one pass over the case's events. */
  private static UserDefinedFunction membersOf(List<Rule> rules) {
    List<Rule> applied = List.copyOf(rules);
    UDF1<Row, List<Row>> f = row -> {
      Journey j = Journey.from(row);
      Rule.Members out = new Rule.Members();
      for (Rule r : applied) {
        out.start(r.indicatorId());
        r.body().members(j, out);
      }
      return out.rows();
    };
    return functions.udf(f, DataType.fromDDL("array<" + Rule.MEMBER + ">"));
  }
}
