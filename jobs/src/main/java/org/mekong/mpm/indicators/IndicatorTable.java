package org.mekong.mpm.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.extract.ParticipatingCountries;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/**
 * The restricted {@code indicator_values}: aggregates turned into complete rows, plus the total
 * rows the contract requires where no member was counted ({@code NO_DATA}) and the COMMIT
 * countries without a usable submission ({@code NO_SUBMISSION}).
 */
public final class IndicatorTable {
  private IndicatorTable() {}

  /** The six COMMIT countries, which always appear, if only to show a gap. */
  public static final List<String> COMMIT_COUNTRIES = ParticipatingCountries.COMMIT.stream().sorted().toList();

  /**
   * @param aggregates rows of {@link IndicatorAggregates#compute}
   * @param extracts each country's current extract date
   */
  public static List<IndicatorValue> build(List<Row> aggregates, IndicatorCatalogue catalogue, Targets targets,
      Map<String, LocalDate> extracts, Quarter from, Quarter to) {
    Map<RowKey, IndicatorValue> rows = new HashMap<>();
    Fields f = null;
    for (Row a : aggregates) {
      if (f == null) f = new Fields(a.schema());
      Indicator ind = catalogue.byId(a.getString(f.indicatorId));
      String country = a.getString(f.country);
      RowKey total = RowKey.total(Period.parse(a.getString(f.period)), ind.id(), country);
      String dimension = a.getString(f.dimension);
      RowKey key = dimension.equals("total") ? total : total.by(dimension(dimension), a.getString(f.category));
      Double target = targets.targetFor(ind, country);
      IndicatorValue v;
      if (ind.unit() == Unit.DAYS) {
        Row m = a.getStruct(f.median);
        v = IndicatorValues.fromMedian(ind, target, key, a.getLong(f.denominator), m == null ? null
            : new MedianWithInterval(m.getDouble(f.medianValue), nullable(m, f.low), nullable(m, f.high)));
      } else {
        v = IndicatorValues.fromCounts(ind, target, key, a.getLong(f.numerator), a.getLong(f.denominator));
      }
      rows.put(key, v);
    }
    List<Period> periods = new ArrayList<>();
    for (Quarter q = from; q.compareTo(to) <= 0; q = q.next()) periods.add(q);
    periods.addAll(Period.completeYears(from, to));
    for (Period q : periods) {
      for (Indicator ind : catalogue.all()) {
        for (String country : reportingCountries(extracts, q)) {
          RowKey key = RowKey.total(q, ind.id(), country);
          if (rows.containsKey(key)) continue;
          Double target = targets.targetFor(ind, country);
          rows.put(key, ind.unit() == Unit.DAYS
              ? IndicatorValues.fromMedian(ind, target, key, 0, null)
              : IndicatorValues.fromCounts(ind, target, key, 0, 0));
        }
        for (String country : COMMIT_COUNTRIES) {
          RowKey key = RowKey.total(q, ind.id(), country);
          if (!rows.containsKey(key)) {
            rows.put(key, IndicatorValues.noSubmission(ind, targets.targetFor(ind, country), key));
          }
        }
      }
    }
    List<IndicatorValue> out = new ArrayList<>(rows.values());
    out.sort(order(catalogue));
    return out;
  }

  /** Where the {@link AggregateTable} columns sit in the collected rows: looked up by name once. */
  private static final class Fields {
    final int indicatorId;
    final int period;
    final int country;
    final int dimension;
    final int category;
    final int numerator;
    final int denominator;
    final int median;
    final int medianValue;
    final int low;
    final int high;

    Fields(StructType s) {
      indicatorId = s.fieldIndex(AggregateTable.INDICATOR_ID);
      period = s.fieldIndex(AggregateTable.PERIOD);
      country = s.fieldIndex(AggregateTable.COUNTRY);
      dimension = s.fieldIndex(AggregateTable.DIMENSION);
      category = s.fieldIndex(AggregateTable.CATEGORY);
      numerator = s.fieldIndex(AggregateTable.NUMERATOR);
      denominator = s.fieldIndex(AggregateTable.DENOMINATOR);
      median = s.fieldIndex(AggregateTable.MEDIAN);
      StructType m = (StructType) s.apply(median).dataType();
      medianValue = m.fieldIndex(AggregateTable.MEDIAN_VALUE);
      low = m.fieldIndex(AggregateTable.LOW);
      high = m.fieldIndex(AggregateTable.HIGH);
    }
  }

  /** Countries whose current submission covers the period (extracted on or after its first day), and ALL. */
  static List<String> reportingCountries(Map<String, LocalDate> extracts, Period q) {
    List<String> out = new ArrayList<>();
    extracts.forEach((c, d) -> {
      if (!d.isBefore(q.start())) out.add(c);
    });
    out.add(IndicatorValue.ALL);
    return out;
  }

  private static Dimension dimension(String name) {
    return Dimension.valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  private static Double nullable(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  /** Period (a year before its quarters), then the catalogue's order, then country, then the total before its breakdowns. */
  static Comparator<IndicatorValue> order(IndicatorCatalogue catalogue) {
    Map<String, Integer> rank = new HashMap<>();
    for (Indicator i : catalogue.all()) rank.put(i.id(), rank.size());
    return Comparator.comparing(IndicatorValue::period)
        .thenComparing(v -> rank.get(v.indicatorId()))
        .thenComparing(IndicatorValue::country)
        .thenComparing(v -> v.dimension() == null ? -1 : v.dimension().ordinal())
        .thenComparing(IndicatorValue::category);
  }
}
