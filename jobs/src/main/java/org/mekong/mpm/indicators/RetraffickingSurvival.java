package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.mekong.mpm.journey.JourneyTable;

/**
 * Time to re-trafficking after reception (Kaplan–Meier), for every returnee of the current
 * submissions: by reporting country and the region, by reception year and all years. Who is
 * followed and for how long is {@link IndicatorRules#followed}, evaluated on the executors; Spark
 * reduces the returnees to (group, day, events, censored) counts and only those reach the driver.
 */
public final class RetraffickingSurvival {
  private RetraffickingSurvival() {}

  /** One row per returnee followed: country, reception year, days followed, event. */
  static Dataset<Row> observations(Dataset<Row> journeys) {
    JourneyTable.CONTRACT.check(IndicatorMembers.STAGE, journeys);
    UDF2<Row, Integer, Row> f = (row, extractDate) -> {
      IndicatorRules.Followed o = IndicatorRules.followed(Journey.from(row), extractDate);
      return o == null ? null : RowFactory.create(o.reception(), o.time(), o.event());
    };
    UserDefinedFunction followed = functions.udf(f, DataType.fromDDL("struct<reception:int,time:int,event:boolean>"));
    return journeys
        .select(col("country"), followed.apply(Journey.column(), functions.unix_date(col("extract_date"))).as("o"))
        .filter(col("o").isNotNull())
        .select(col("country"), expr("CAST(year(date_from_unix_date(o.reception)) AS STRING)").as("reception_year"),
            col("o.time").as("time"), col("o.event").as("event"));
  }

  /** The survival table, pooled as the contract asks (countries and ALL, years and ALL). */
  public static List<SurvivalRow> compute(Dataset<Row> journeys) {
    observations(journeys).createOrReplaceTempView("mpm_survival_obs");
    // aggregate-level: one row per group and day on which someone's follow-up ends
    List<Row> counts = journeys.sparkSession().sql(
            "SELECT coalesce(country, 'ALL'), coalesce(reception_year, 'ALL'), time,"
                + " count_if(event), count_if(NOT event)"
                + " FROM mpm_survival_obs GROUP BY GROUPING SETS ((country, reception_year, time),"
                + " (country, time), (reception_year, time), (time))")
        .collectAsList();
    Map<List<String>, List<KaplanMeier.Tally>> groups = new LinkedHashMap<>();
    for (Row r : counts) {
      groups.computeIfAbsent(List.of(r.getString(0), r.getString(1)), k -> new ArrayList<>())
          .add(new KaplanMeier.Tally(r.getInt(2), r.getLong(3), r.getLong(4)));
    }
    List<SurvivalRow> out = new ArrayList<>();
    groups.forEach((g, tallies) -> {
      for (KaplanMeier.Step s : KaplanMeier.estimate(tallies)) out.add(s.toRow(g.get(0), g.get(1)));
    });
    out.sort(Comparator.comparing(SurvivalRow::country).thenComparing(SurvivalRow::receptionYear)
        .thenComparingInt(SurvivalRow::day));
    return out;
  }
}
