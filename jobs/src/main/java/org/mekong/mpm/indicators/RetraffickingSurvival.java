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

/**
 * Time to re-trafficking after reception (Kaplan–Meier), for every returnee of the current
 * submissions: by reporting country and the region, by reception year and all years.
 */
public final class RetraffickingSurvival {
  private RetraffickingSurvival() {}

  /**
   * One row per returnee: time in days from reception to the first re-trafficking after it, or to
   * censoring at the extract date or death, whichever comes first. An event on the censoring day
   * is an event. Returnees whose death is recorded before their reception are left out.
   */
  static Dataset<Row> observations(Dataset<Row> journeys) {
    return journeys
        .filter("case_type = 'RETURNEE' AND reception IS NOT NULL AND (death IS NULL OR death >= reception)")
        .withColumn("first_retraf", expr("array_min(filter(retraf_dates, d -> d > reception))"))
        .withColumn("censor", expr("least(extract_date, coalesce(death, extract_date))"))
        .withColumn("event", expr("coalesce(first_retraf <= censor, false)"))
        .select(col("country"), expr("CAST(year(reception) AS STRING)").as("reception_year"),
            expr("datediff(IF(event, first_retraf, censor), reception)").as("time"), col("event"));
  }

  /** The survival table, pooled as the contract asks (countries and ALL, years and ALL). */
  public static List<SurvivalRow> compute(Dataset<Row> journeys) {
    observations(journeys).createOrReplaceTempView("mpm_survival_obs");
    List<Row> counts = journeys.sparkSession().sql(
            "SELECT coalesce(country, 'ALL'), coalesce(reception_year, 'ALL'), time, event, count(1)"
                + " FROM mpm_survival_obs GROUP BY GROUPING SETS ((country, reception_year, time, event),"
                + " (country, time, event), (reception_year, time, event), (time, event))")
        .collectAsList();
    Map<List<String>, List<KaplanMeier.Observation>> groups = new LinkedHashMap<>();
    for (Row r : counts) {
      List<KaplanMeier.Observation> obs = groups.computeIfAbsent(List.of(r.getString(0), r.getString(1)),
          k -> new ArrayList<>());
      for (long i = 0; i < r.getLong(4); i++) obs.add(new KaplanMeier.Observation(r.getInt(2), r.getBoolean(3)));
    }
    List<SurvivalRow> out = new ArrayList<>();
    groups.forEach((g, obs) -> {
      for (KaplanMeier.Step s : KaplanMeier.estimate(obs)) out.add(s.toRow(g.get(0), g.get(1)));
    });
    out.sort(Comparator.comparing(SurvivalRow::country).thenComparing(SurvivalRow::receptionYear)
        .thenComparingInt(SurvivalRow::day));
    return out;
  }
}
