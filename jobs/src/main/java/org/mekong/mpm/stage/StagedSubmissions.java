package org.mekong.mpm.stage;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The staged cases and events of the current submissions, read together for the journey stage.
 * Submissions staged before case keys existed get theirs here: the case's from its line, each
 * event's through its case id within its own submission.
 */
public record StagedSubmissions(Dataset<Row> cases, Dataset<Row> events) {

  public static StagedSubmissions read(SparkSession spark, SubmissionRegistry registry,
      List<SubmissionRecord> current) {
    return read(spark, current.stream().map(registry::stagedCases).toList(),
        current.stream().map(registry::stagedEvents).toList());
  }

  /**
   * The staged tables in these folders (the i-th cases with the i-th events): read as one table
   * each where they have case keys, so that the plan has one scan per table whatever the number of
   * countries; a submission without keys is read alone and given them.
   */
  static StagedSubmissions read(SparkSession spark, List<Path> casesDirs, List<Path> eventsDirs) {
    List<Path> keyedCases = new ArrayList<>();
    List<Path> keyedEvents = new ArrayList<>();
    Dataset<Row> cases = null;
    Dataset<Row> events = null;
    for (int i = 0; i < casesDirs.size(); i++) {
      boolean casesKeyed = hasCaseKey(casesDirs.get(i));
      boolean eventsKeyed = hasCaseKey(eventsDirs.get(i));
      if (casesKeyed && eventsKeyed) {
        keyedCases.add(casesDirs.get(i));
        keyedEvents.add(eventsDirs.get(i));
        continue;
      }
      Dataset<Row> c = parquet(spark, List.of(casesDirs.get(i)));
      if (!casesKeyed) {
        c = c.withColumn(StagedCases.CASE_KEY, CaseKey.of(col(StagedCases.COUNTRY), col(StagedCases.LINE)));
      }
      Dataset<Row> e = parquet(spark, List.of(eventsDirs.get(i)));
      if (!eventsKeyed) {
        e = e.join(c.select(StagedCases.CASE_ID, StagedCases.CASE_KEY), StagedEvents.CASE_ID);
      }
      cases = unionOf(cases, inOrder(c, StagedCases.SCHEMA));
      events = unionOf(events, inOrder(e, StagedEvents.SCHEMA));
    }
    if (!keyedCases.isEmpty()) {
      cases = unionOf(cases, inOrder(parquet(spark, keyedCases), StagedCases.SCHEMA));
      events = unionOf(events, inOrder(parquet(spark, keyedEvents), StagedEvents.SCHEMA));
    }
    if (cases == null) throw new IllegalArgumentException("no current submission to read");
    return new StagedSubmissions(cases, events);
  }

  private static Dataset<Row> unionOf(Dataset<Row> a, Dataset<Row> b) {
    return a == null ? b : a.union(b);
  }

  private static Dataset<Row> parquet(SparkSession spark, List<Path> dirs) {
    return spark.read().parquet(dirs.stream().map(d -> d.toUri().toString()).toArray(String[]::new));
  }

  /**
   * Whether the staged table in {@code dir} has case keys, from one file's footer (a table's files
   * share their schema): a few milliseconds, where asking Spark would plan a read per submission.
   */
  static boolean hasCaseKey(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      Path file = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElse(null);
      if (file == null) return false;
      try (ParquetFileReader r = ParquetFileReader.open(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
        return r.getFooter().getFileMetaData().getSchema().containsField(StagedCases.CASE_KEY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the staged table in " + dir, e);
    }
  }

  private static Dataset<Row> inOrder(Dataset<Row> df, StructType schema) {
    return df.select(Arrays.stream(schema.fieldNames()).map(Column::new).toArray(Column[]::new));
  }
}
