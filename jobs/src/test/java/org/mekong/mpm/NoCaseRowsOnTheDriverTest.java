package org.mekong.mpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;

/**
 * Nothing case- or event-level is brought to the driver: every call in the main sources that
 * gathers a Dataset's rows there ({@code collect()}, {@code collectAsList()}, {@code
 * toLocalIterator()}, {@code take}, {@code takeAsList}, {@code head}, {@code tail}, {@code first()})
 * must be on this list, with why its rows are few. A new one fails this test until it is argued here.
 */
class NoCaseRowsOnTheDriverTest {
  private static final Pattern GATHER = Pattern.compile(
      "\\.(collect\\(\\)|collectAsList\\(\\)|toLocalIterator\\(\\)|take\\(|takeAsList\\(|head\\(|tail\\(|first\\(\\))");

  /** File name → number of such calls in it, each with its reason. */
  private static final Map<String, Integer> ALLOWED = Map.of(
      // the indicator aggregates: one row per quarter × indicator × country × category
      "QuarterlyJob.java", 2, // and first(): the one row of min(ref) over the members
      "BenchIndicatorsCommand.java", 1, // the same aggregates, for the benchmark
      // one row per (country or ALL) × (reception year or ALL) × day on which a follow-up ends
      "RetraffickingSurvival.java", 1,
      // Findings.first(): the first finding of the validator's own list, not a Dataset
      "ValidationRun.java", 1);

  @Test
  void everyGatheringCallIsAnAllowedAggregate() throws IOException {
    Map<String, Integer> found = new TreeMap<>();
    Path main = Repo.path("jobs/src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = GATHER.matcher(Files.readString(f));
        while (m.find()) found.merge(f.getFileName().toString(), 1, Integer::sum);
      }
    }
    assertThat(found).as("calls that gather rows on the driver, per file").isEqualTo(new TreeMap<>(ALLOWED));
  }

  @Test
  void thePatternSeesTheCallsItLooksFor() {
    for (String call : new String[] {"ds.collect()", "ds.collectAsList()", "ds.toLocalIterator()", "ds.take(5)",
        "ds.takeAsList(5)", "ds.head(3)", "ds.tail(2)", "ds.first()"}) {
      assertThat(GATHER.matcher(call).find()).as(call).isTrue();
    }
    assertThat(GATHER.matcher("rows.stream().collect(Collectors.toList())").find()).isFalse();
  }
}
