package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.bench.SuppressionFigures;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.testing.IndicatorValuesReader;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/** YEAR rows as published from data-samples: additive over their quarters, and mostly published. */
@ExtendWith(SharedSpark.class)
class AnnualFiguresEndToEndTest {

  @Test
  void everyYearsCountsAreTheSumOfItsQuartersInTheRestrictedTier(SparkSession spark) throws Exception {
    List<IndicatorValue> restricted = IndicatorValuesReader.read(mart(SampleWarehouse.get(), "restricted",
        "indicator_values"));
    Map<List<String>, long[]> quarterSums = new HashMap<>();
    List<IndicatorValue> years = new ArrayList<>();
    for (IndicatorValue v : restricted) {
      if (v.periodType().equals("YEAR")) {
        years.add(v);
        assertThat(v.periodStart()).isEqualTo(LocalDate.of(Integer.parseInt(v.period()), 1, 1));
        assertThat(v.periodEnd()).isEqualTo(LocalDate.of(Integer.parseInt(v.period()), 12, 31));
        continue;
      }
      assertThat(v.periodType()).isEqualTo("QUARTER");
      long[] s = quarterSums.computeIfAbsent(key(v.period().substring(0, 4), v), x -> new long[2]);
      s[0] += v.numerator() == null ? 0 : v.numerator();
      s[1] += v.denominator() == null ? 0 : v.denominator();
    }
    assertThat(years).isNotEmpty();
    int counted = 0;
    for (IndicatorValue y : years) {
      long[] s = quarterSums.getOrDefault(key(y.period(), y), new long[2]);
      assertThat(y.denominator() == null ? 0 : y.denominator()).as("denominator of %s", y).isEqualTo(s[1]);
      if (!y.unit().equals("days")) {
        assertThat(y.numerator() == null ? 0 : y.numerator()).as("numerator of %s", y).isEqualTo(s[0]);
      }
      if (y.denominator() != null && y.denominator() > 0) counted++;
    }
    assertThat(counted).isGreaterThan(100);
  }

  @Test
  void periodTypeFollowsPeriodInBothTiers(SparkSession spark) throws Exception {
    Path wh = SampleWarehouse.get();
    for (String tier : List.of("restricted", "marts")) {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + mart(wh, tier, "indicator_values"))) {
        List<String> names = new ArrayList<>();
        while (rs.next()) names.add(rs.getString(1));
        assertThat(names.indexOf("period_type")).as(tier).isEqualTo(names.indexOf("period") + 1);
      }
    }
  }

  @Test
  void yearsArePublishedMoreOftenThanQuartersAndTheRegionsAnnualHeadlineTotalsMostly(SparkSession spark)
      throws Exception {
    Path wh = SampleWarehouse.get();
    List<IndicatorValue> published = IndicatorValuesReader.read(mart(wh, "marts", "indicator_values"));
    List<IndicatorValue> restricted = IndicatorValuesReader.read(mart(wh, "restricted", "indicator_values"));
    List<String> headline = IndicatorCatalogue.load().headline();
    Map<List<String>, IndicatorValue> byKey = new HashMap<>();
    for (IndicatorValue v : published) byKey.put(key(v.period(), v), v);
    long[] hiddenOf = new long[4]; // [annual country totals hidden, of, quarterly hidden, of]
    long regionYears = 0;
    long regionYearsHidden = 0;
    for (IndicatorValue r : restricted) {
      if (r.dimension() != null || r.denominator() == null || r.denominator() == 0) continue;
      boolean hidden = byKey.get(key(r.period(), r)).suppressed();
      boolean year = r.periodType().equals("YEAR");
      if (r.country().equals(IndicatorValue.ALL)) {
        if (year && headline.contains(r.indicatorId())) {
          regionYears++;
          if (hidden) regionYearsHidden++;
        }
        continue;
      }
      int at = year ? 0 : 2;
      hiddenOf[at + 1]++;
      if (hidden) hiddenOf[at]++;
    }
    System.out.println(SuppressionFigures.report(restricted, 10));
    assertThat(regionYears).isPositive();
    assertThat(regionYearsHidden).as("annual headline region totals suppressed").isLessThanOrEqualTo(regionYears / 10);
    assertThat((double) hiddenOf[0] / hiddenOf[1]).as("annual vs quarterly country totals suppressed")
        .isLessThan((double) hiddenOf[2] / hiddenOf[3]);
  }

  private static List<String> key(String period, IndicatorValue v) {
    return List.of(period, v.indicatorId(), v.country(), v.sex(), v.ageGroup(), v.nationality(),
        v.exploitationType(), v.counterpartCountry());
  }
}
