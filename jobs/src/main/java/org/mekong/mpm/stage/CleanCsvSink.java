package org.mekong.mpm.stage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mekong.mpm.extract.CleanRowSink;

/**
 * Writes the validator's accepted rows as plain comma-separated text for Spark to stage. Valid
 * values are codes, dates, numbers and identifiers of restricted alphabets, so no quoting is needed.
 */
final class CleanCsvSink implements CleanRowSink, AutoCloseable {
  private final BufferedWriter cases;
  private final BufferedWriter events;

  CleanCsvSink(Path casesFile, Path eventsFile) throws IOException {
    Files.createDirectories(casesFile.getParent());
    Files.createDirectories(eventsFile.getParent());
    this.cases = Files.newBufferedWriter(casesFile, StandardCharsets.UTF_8);
    this.events = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8);
  }

  @Override
  public void caseRow(long line, String[] values) {
    write(cases, line, values);
  }

  @Override
  public void eventRow(long line, long caseLine, String[] values) {
    write(events, line + "," + caseLine, values);
  }

  private static void write(BufferedWriter w, long line, String[] values) {
    write(w, Long.toString(line), values);
  }

  private static void write(BufferedWriter w, String lines, String[] values) {
    try {
      w.write(lines);
      for (String v : values) {
        w.write(',');
        if (v != null) w.write(v);
      }
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (cases; events) {
      // both closed, the first failure reported
    }
  }
}
