package org.mekong.mpm.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A small mart's rows read straight from its Parquet files, by column name, without Spark: the
 * release commands answer in seconds. Only for marts that fit in memory (aggregates, never cases).
 */
public final class MartRows {
  private MartRows() {}

  /** Every row of the mart folder whose values {@code keep} accepts, as column name → value. */
  public static List<Map<String, Object>> read(Path mart, Predicate<Map<String, Object>> keep) {
    List<Map<String, Object>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(mart)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(p))) {
          MessageType schema = r.getFooter().getFileMetaData().getSchema();
          PageReadStore pages;
          while ((pages = r.readNextRowGroup()) != null) {
            RecordReader<Group> rows = new ColumnIOFactory().getColumnIO(schema)
                .getRecordReader(pages, new GroupRecordConverter(schema));
            for (long i = 0; i < pages.getRowCount(); i++) {
              Map<String, Object> row = row(schema, rows.read());
              if (keep.test(row)) out.add(row);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mart " + mart, e);
    }
    return out;
  }

  public static List<Map<String, Object>> read(Path mart) {
    return read(mart, r -> true);
  }

  private static Map<String, Object> row(MessageType schema, Group g) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < schema.getFieldCount(); i++) {
      String name = schema.getFieldName(i);
      if (g.getFieldRepetitionCount(i) == 0) {
        row.put(name, null);
        continue;
      }
      PrimitiveType t = schema.getType(i).asPrimitiveType();
      LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
      Object v = switch (t.getPrimitiveTypeName()) {
        case BINARY -> g.getString(i, 0);
        case INT32 -> l instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
            ? LocalDate.ofEpochDay(g.getInteger(i, 0)) : (Object) g.getInteger(i, 0);
        case INT64 -> l instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
            ? micros(g.getLong(i, 0)) : (Object) g.getLong(i, 0);
        case DOUBLE -> g.getDouble(i, 0);
        case BOOLEAN -> g.getBoolean(i, 0);
        default -> throw new IllegalStateException("unexpected column type " + t + " in a mart");
      };
      row.put(name, v);
    }
    return row;
  }

  private static Instant micros(long us) {
    return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
  }
}
