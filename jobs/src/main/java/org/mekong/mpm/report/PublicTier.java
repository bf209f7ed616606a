package org.mekong.mpm.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;
import org.mekong.mpm.report.MartRows.Row;

/**
 * The published marts a report is made of: the public tier only ({@code marts/current}), never the
 * restricted one, so that nothing the report shows was withheld by disclosure control.
 * {@code releases} and {@code revisions} exist only in warehouses with the sign-off workflow.
 */
record PublicTier(
    List<Row> indicatorValues,
    List<Row> catalogue,
    List<Row> submissions,
    List<Row> dataQuality,
    List<Row> survival,
    Optional<List<Row>> releases,
    Optional<List<Row>> revisions) {

  /** The folder a report reads, and nothing beside it. */
  static Path current(Path warehouse) {
    return warehouse.resolve("marts").resolve("current");
  }

  /** Reads the public tier; a missing required mart is a {@link MissingMart}. */
  static PublicTier read(Path warehouse) {
    Path current = current(warehouse);
    if (!Files.isDirectory(current)) throw new MissingMart(current, null);
    return new PublicTier(
        MartRows.read(current.resolve("indicator_values"), countryLevel())
            .orElseThrow(() -> new MissingMart(current, "indicator_values")),
        required(current, "indicator_catalogue"),
        required(current, "submissions"),
        required(current, "data_quality"),
        required(current, "retrafficking_survival"),
        MartRows.read(current.resolve("releases")),
        MartRows.read(current.resolve("revisions")));
  }

  /**
   * The rows a report shows: totals and counterpart breakdowns (sex, age group, nationality and
   * exploitation type all {@code ALL}); the other disaggregations are most of the mart and none of the report.
   */
  private static FilterCompat.Filter countryLevel() {
    FilterPredicate p = null;
    for (String column : List.of("sex", "age_group", "nationality", "exploitation_type")) {
      FilterPredicate eq = FilterApi.eq(FilterApi.binaryColumn(column), Binary.fromString(TotalRows.ALL));
      p = p == null ? eq : FilterApi.and(p, eq);
    }
    return FilterCompat.get(p);
  }

  private static List<Row> required(Path current, String mart) {
    return MartRows.read(current.resolve(mart)).orElseThrow(() -> new MissingMart(current, mart));
  }
}
