package org.mekong.mpm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.indicators.IndicatorAggregates;
import org.mekong.mpm.indicators.IndicatorMembers;
import org.mekong.mpm.journey.CaseJourneys;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.spark.SparkSessions;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.stage.StagedSubmissions;
import org.mekong.mpm.stage.SubmissionRegistry;
import org.mekong.mpm.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mpm bench indicators}: the pipeline's indicator stage for a few indicators, on the
 * current staged tables of a warehouse that {@code mpm run} filled. It builds the journeys and
 * runs the named rules through {@link IndicatorMembers} and {@link IndicatorAggregates} as the
 * quarterly job does, timing only that (after Spark start-up), and writes the total cells per
 * country × quarter so that the benchmark can check them against a peer engine.
 */
@Command(name = "indicators",
    description = "Benchmark: journeys + members + aggregates of --only indicators; total cells to --cells.")
public final class BenchIndicatorsCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, paramLabel = "DIR") Path warehouse;
  @Option(names = "--only", required = true, split = ",", paramLabel = "ID,...") List<String> only;
  @Option(names = "--cells", required = true, paramLabel = "FILE") Path cells;
  @Option(names = "--shuffle-partitions", defaultValue = "0") int shufflePartitions;

  @Override
  public Integer call() {
    SubmissionRegistry registry = SubmissionRegistry.load(Warehouse.open(warehouse));
    List<SubmissionRecord> current = registry.current();
    if (current.isEmpty()) throw new Problem(Problem.Kind.BAD_REQUEST, "no accepted submission in " + warehouse);
    SparkSession spark = SparkSessions.create(null, shufflePartitions);

    long start = System.nanoTime();
    StagedSubmissions staged = StagedSubmissions.read(spark, registry, current);
    Dataset<Row> cases = staged.cases();
    Dataset<Row> events = staged.events();
    // the same shape as QuarterlyJob: journeys persisted and counted, members persisted, aggregates collected
    Dataset<Row> journeys = CaseJourneys.build(cases, events, cases.select("country", "extract_date").distinct())
        .persist();
    journeys.count();
    long journeysDone = System.nanoTime();
    Set<String> ids = new LinkedHashSet<>(only);
    Dataset<Row> members = IndicatorMembers.ofIndicators(journeys, ids).persist();
    // every quarter: the peer has no quarter range either, and the range cut costs nothing
    List<Row> aggregates = IndicatorAggregates.compute(members, "0000Q1", "9999Q4").collectAsList();
    long done = System.nanoTime();
    members.unpersist();
    journeys.unpersist();

    writeCells(aggregates);
    System.out.printf(Locale.ROOT, "bench-indicators journeys %.1f s, members+aggregates %.1f s, total %.1f s%n",
        (journeysDone - start) / 1e9, (done - journeysDone) / 1e9, (done - start) / 1e9);
    return 0;
  }

  /**
   * indicator, country, quarter, numerator, denominator, median: the total rows of each country by
   * quarter. The stage also computes the years (as the job does: that is part of its cost), but the
   * peer computes quarters only, so the year rows are left out of the comparison.
   */
  private void writeCells(List<Row> aggregates) {
    List<String> lines = new ArrayList<>();
    for (Row r : aggregates) {
      if (!"total".equals(r.getAs("dimension")) || "ALL".equals(r.getAs("country"))) continue;
      if (!r.<String>getAs("period").contains("Q")) continue;
      Row median = r.getAs("median");
      lines.add(Cells.line(r.getAs("indicator_id"), r.getAs("country"), r.getAs("period"),
          r.<Long>getAs("numerator"), r.<Long>getAs("denominator"),
          median == null || median.isNullAt(0) ? null : median.getDouble(0)));
    }
    try {
      Files.write(cells, lines.stream().sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
