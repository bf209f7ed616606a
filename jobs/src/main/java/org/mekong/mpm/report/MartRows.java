package org.mekong.mpm.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The rows of one small mart, read straight from its Parquet files with parquet-hadoop (which Spark
 * brings): a report reads a few thousand rows (the country-level ones), and starting a Spark session would take longer than the
 * whole rest of the report. Columns are read by name, so a column a newer contract adds is simply there.
 */
final class MartRows {
  private MartRows() {}

  /** The mart's rows, or empty when the mart's folder does not exist (a mart an older warehouse lacks). */
  static Optional<List<Row>> read(Path mart) {
    return read(mart, FilterCompat.NOOP);
  }

  /** The mart's rows that pass {@code filter} (applied while decoding, so skipped rows cost little). */
  static Optional<List<Row>> read(Path mart, FilterCompat.Filter filter) {
    if (!Files.isDirectory(mart)) return Optional.empty();
    List<Row> rows = new ArrayList<>();
    Configuration conf = new Configuration(false);
    try (Stream<Path> s = Files.list(mart)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(),
            new org.apache.hadoop.fs.Path(p.toUri())).withConf(conf).withFilter(filter).build()) {
          for (Group g = r.read(); g != null; g = r.read()) rows.add(decode(g));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mart " + mart, e);
    }
    return Optional.of(rows);
  }

  private static Row decode(Group g) {
    GroupType type = g.getType();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < type.getFieldCount(); i++) {
      String name = type.getFieldName(i);
      values.put(name, g.getFieldRepetitionCount(i) == 0 ? null : value(g, i, type.getType(i).asPrimitiveType()));
    }
    return new Row(values);
  }

  private static Object value(Group g, int i, PrimitiveType t) {
    LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
    return switch (t.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getString(i, 0);
      case INT32 -> l instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? LocalDate.ofEpochDay(g.getInteger(i, 0)) : (Object) g.getInteger(i, 0);
      case INT64 -> l instanceof TimestampLogicalTypeAnnotation ts ? instant(g.getLong(i, 0), ts) : (Object) g.getLong(i, 0);
      case DOUBLE -> g.getDouble(i, 0);
      case FLOAT -> (double) g.getFloat(i, 0);
      case BOOLEAN -> g.getBoolean(i, 0);
      case INT96 -> throw new IllegalStateException("INT96 timestamps are not written by the pipeline");
    };
  }

  private static Instant instant(long v, TimestampLogicalTypeAnnotation ts) {
    return switch (ts.getUnit()) {
      case MILLIS -> Instant.ofEpochMilli(v);
      case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
      case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
    };
  }

  /** One row: values by column name; a column the file does not have reads as null. */
  record Row(Map<String, Object> values) {
    boolean has(String column) {
      return values.containsKey(column);
    }

    String str(String column) {
      Object v = values.get(column);
      return v == null ? null : v.toString();
    }

    Double dbl(String column) {
      return values.get(column) instanceof Number n ? n.doubleValue() : null;
    }

    Long lng(String column) {
      return values.get(column) instanceof Number n ? n.longValue() : null;
    }

    Object get(String column) {
      return values.get(column);
    }
  }
}
