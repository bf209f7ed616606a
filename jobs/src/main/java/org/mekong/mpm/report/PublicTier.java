package org.mekong.mpm.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        required(current, "indicator_values"),
        required(current, "indicator_catalogue"),
        required(current, "submissions"),
        required(current, "data_quality"),
        required(current, "retrafficking_survival"),
        MartRows.read(current.resolve("releases")),
        MartRows.read(current.resolve("revisions")));
  }

  private static List<Row> required(Path current, String mart) {
    return MartRows.read(current.resolve(mart)).orElseThrow(() -> new MissingMart(current, mart));
  }
}
