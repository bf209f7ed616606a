package org.mekong.mpm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mpm bench floor}: the benchmark's floor. One Spark pass that reads every submission's
 * cases.csv and events.csv as text and writes them to Parquet, nothing else, in the same JVM and
 * session settings as {@code mpm run}: no job that reads and writes the same bytes can be faster.
 */
@Command(name = "floor",
    description = "Benchmark floor: all cases.csv and events.csv under --input to Parquet under --out.")
public final class BenchFloorCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "DIR") Path input;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  // the run's default, so that both pay the same shuffle set-up (the floor has no shuffle anyway)
  @Option(names = "--shuffle-partitions", defaultValue = "0") int shufflePartitions;

  @Override
  public Integer call() {
    List<String> cases = csvFiles("cases.csv");
    List<String> events = csvFiles("events.csv");
    if (cases.isEmpty()) throw new Problem(Problem.Kind.BAD_REQUEST, "no */*/cases.csv under " + input);
    long start = System.nanoTime();
    SparkSession spark = SparkSessions.create(null, shufflePartitions);
    long started = System.nanoTime();
    copy(spark, cases, out.resolve("cases"));
    copy(spark, events, out.resolve("events"));
    long done = System.nanoTime();
    System.out.printf(Locale.ROOT, "floor spark-start %.1f s, csv-to-parquet %.1f s%n",
        (started - start) / 1e9, (done - started) / 1e9);
    return 0;
  }

  private static void copy(SparkSession spark, List<String> files, Path target) {
    spark.read().option("header", "true").option("inferSchema", "false")
        .csv(files.toArray(String[]::new))
        .write().mode(SaveMode.Overwrite).parquet(target.toString());
  }

  /** The files of that name in the <ISO3>/<date>/ submission folders. */
  private List<String> csvFiles(String name) {
    try (Stream<Path> s = Files.find(input, 3, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(name))) {
      return s.map(Path::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
