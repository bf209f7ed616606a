package org.mekong.mpm.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.problem.Problem;

/**
 * Writes a mart of a few rows as one Parquet file without Spark, in the physical types Spark
 * writes (strings, INT64 timestamps in microseconds, UTC), then checks its footer against the
 * contract like every other mart. For the release commands, which must not start Spark.
 */
public final class SmallMart {
  private SmallMart() {}

  /** Writes {@code rows} (values in the contract's column order) as {@code dir/part-00000.parquet}. */
  public static void write(Path dir, StructType contract, List<Object[]> rows) {
    MessageType schema = parquetSchema(contract);
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("part-00000.parquet");
      try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
          .withConf(new Configuration(false)).withType(schema)
          .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
        for (Object[] r : rows) w.write(group(schema, contract, r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mart " + dir, e);
    }
    MartFooters f = MartFooters.read(dir, new Configuration(false));
    if (!f.matches(contract) || f.rows() != rows.size()) {
      throw new Problem(Problem.Kind.FAILED, "mart " + dir.getFileName() + " does not match its contract in"
          + " schemas/marts.json (" + f.describe() + ")");
    }
  }

  static MessageType parquetSchema(StructType contract) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (StructField f : contract.fields()) {
      DataType d = f.dataType();
      if (d.equals(DataTypes.StringType)) {
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(f.name());
      } else if (d.equals(DataTypes.LongType)) {
        b.optional(PrimitiveTypeName.INT64).named(f.name());
      } else if (d.equals(DataTypes.IntegerType)) {
        b.optional(PrimitiveTypeName.INT32).named(f.name());
      } else if (d.equals(DataTypes.DoubleType)) {
        b.optional(PrimitiveTypeName.DOUBLE).named(f.name());
      } else if (d.equals(DataTypes.BooleanType)) {
        b.optional(PrimitiveTypeName.BOOLEAN).named(f.name());
      } else if (d.equals(DataTypes.DateType)) {
        b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(f.name());
      } else if (d.equals(DataTypes.TimestampType)) {
        b.optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(f.name());
      } else {
        throw new IllegalArgumentException("no Parquet type for " + d);
      }
    }
    return b.named("spark_schema");
  }

  private static Group group(MessageType schema, StructType contract, Object[] r) {
    SimpleGroup g = new SimpleGroup(schema);
    for (int i = 0; i < r.length; i++) {
      Object v = r[i];
      if (v == null) continue;
      DataType d = contract.fields()[i].dataType();
      if (v instanceof String s) g.add(i, s);
      else if (v instanceof Long l) g.add(i, l);
      else if (v instanceof Integer n) g.add(i, n);
      else if (v instanceof Double x) g.add(i, x);
      else if (v instanceof Boolean x) g.add(i, x);
      else if (v instanceof LocalDate x) g.add(i, (int) x.toEpochDay());
      else if (v instanceof Instant x && d.equals(DataTypes.TimestampType)) {
        g.add(i, Math.addExact(Math.multiplyExact(x.getEpochSecond(), 1_000_000L), x.getNano() / 1000L));
      } else throw new IllegalArgumentException("value " + v + " for column " + contract.fields()[i].name());
    }
    return g;
  }
}
