package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/**
 * IndicatorTable over hand-made aggregate rows (the shape IndicatorAggregates.compute returns):
 * THA extracted 2025-06-30, VNM 2025-03-31 (before 2025Q2's first day), no other country.
 */
class IndicatorTableTest {
  private static final double Z = 1.959963984540054;
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  private final List<IndicatorValue> table = IndicatorTable.build(List.of(
          agg("IDN-02", "2025Q1", "THA", "total", "ALL", 3, 4, null),
          agg("IDN-02", "2025Q1", "THA", "sex", "F", 3, 4, null),
          agg("IDN-02", "2025Q1", "ALL", "total", "ALL", 3, 4, null),
          agg("IDN-01", "2025Q1", "THA", "total", "ALL", 0, 5, median(10.0)),
          agg("IDN-01", "2025Q1", "ALL", "total", "ALL", 0, 5, median(16.0)),
          agg("VOL-01", "2025Q1", "THA", "total", "ALL", 0, 5, null)),
      catalogue, Targets.none(),
      Map.of("THA", LocalDate.parse("2025-06-30"), "VNM", LocalDate.parse("2025-03-31")),
      Quarter.parse("2025Q1"), Quarter.parse("2025Q2"));

  private static Row agg(String id, String period, String country, String dim, String cat, long num,
      long den, Row median) {
    // rows as collected: with their schema, since the table reads the aggregates' columns by name
    return new GenericRowWithSchema(new Object[] {id, period, country, dim, cat, num, den, median},
        AggregateTable.SCHEMA);
  }

  private static Row median(double m) {
    return new GenericRowWithSchema(new Object[] {m, null, null}, AggregateTable.MEDIAN_STRUCT);
  }

  private IndicatorValue total(String id, String period, String country) {
    return table.stream().filter(v -> v.indicatorId().equals(id) && v.period().equals(period)
        && v.country().equals(country) && v.dimension() == null).findFirst().orElseThrow();
  }

  @Test
  void percentRowHasWilsonIntervalOnThe0To100ScaleAndStatus() {
    IndicatorValue v = total("IDN-02", "2025Q1", "THA");
    // 3 of 4: Wilson centre (p + z²/2n) / (1 + z²/n), half-width z √(p(1-p)/n + z²/4n²) / (1 + z²/n)
    double p = 0.75, n = 4, z2 = Z * Z;
    double d = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / d;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / d;
    assertThat(v.value()).isEqualTo(75.0);
    assertThat(v.ciLow()).isCloseTo(100 * (centre - half), within(1e-9));
    assertThat(v.ciHigh()).isCloseTo(100 * (centre + half), within(1e-9));
    assertThat(v.target()).isEqualTo(90.0);
    assertThat(v.status()).isEqualTo("NOT_MET"); // 300 < 90 * 4
    assertThat(total("IDN-02", "2025Q1", "ALL").value()).isEqualTo(75.0);
  }

  @Test
  void daysAndCountRows() {
    IndicatorValue days = total("IDN-01", "2025Q1", "THA");
    assertThat(days.value()).isEqualTo(10.0);
    assertThat(days.numerator()).isNull();
    assertThat(days.denominator()).isEqualTo(5);
    assertThat(days.ciLow()).isNull();
    assertThat(days.status()).isEqualTo("MET"); // 10 <= 14, lower is better
    IndicatorValue count = total("VOL-01", "2025Q1", "THA");
    assertThat(count.value()).isEqualTo(5.0);
    assertThat(count.numerator()).isNull();
    assertThat(count.target()).isNull();
    assertThat(count.direction()).isNull();
    assertThat(count.status()).isEqualTo("NO_TARGET");
  }

  @Test
  void reportingCountriesAndTheRegionGetNoDataTotals() {
    // VNM's extract (03-31) covers 2025Q1: a NO_DATA total there
    IndicatorValue pct = total("IDN-02", "2025Q1", "VNM");
    assertThat(pct.status()).isEqualTo("NO_DATA");
    assertThat(pct.numerator()).isEqualTo(0);
    assertThat(pct.denominator()).isEqualTo(0);
    assertThat(pct.value()).isNull();
    IndicatorValue days = total("IDN-01", "2025Q1", "VNM");
    assertThat(days.status()).isEqualTo("NO_DATA");
    assertThat(days.numerator()).isNull();
    assertThat(days.denominator()).isEqualTo(0);
    // the region's totals exist in every reported quarter
    assertThat(total("IDN-02", "2025Q2", "ALL").status()).isEqualTo("NO_DATA");
    assertThat(total("REI-04", "2025Q2", "THA").status()).isEqualTo("NO_DATA");
  }

  @Test
  void commitCountriesWithoutACoveringSubmissionGetNoSubmission() {
    // VNM's extract is before 2025Q2's first day; KHM, LAO, MMR, CHN have no submission at all
    IndicatorValue vnm = total("IDN-02", "2025Q2", "VNM");
    assertThat(vnm.status()).isEqualTo("NO_SUBMISSION");
    assertThat(vnm.numerator()).isNull();
    assertThat(vnm.denominator()).isNull();
    assertThat(vnm.value()).isNull();
    for (String c : List.of("KHM", "LAO", "MMR", "CHN")) {
      assertThat(total("RET-07", "2025Q1", c).status()).isEqualTo("NO_SUBMISSION");
    }
  }

  @Test
  void oneTotalPerQuarterIndicatorAndCountryAndBreakdownsOnlyWhereCounted() {
    // 2 quarters x 33 indicators x 7 totals (6 COMMIT countries and ALL) + the one sex row
    assertThat(catalogue.all()).hasSize(33);
    assertThat(table.stream().filter(v -> v.dimension() == null)).hasSize(2 * 33 * 7);
    assertThat(table.stream().filter(v -> v.dimension() != null)).singleElement()
        .satisfies(v -> assertThat(v.sex()).isEqualTo("F"));
  }
}
