package org.mekong.mpm.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a written mart's Parquet files say of themselves: columns, physical types and row count,
 * read from the footers alone (the files as every reader, DuckDB included, will see them).
 */
final class MartFooters {
  private final List<MessageType> schemas;
  private final long rows;

  private MartFooters(List<MessageType> schemas, long rows) {
    this.schemas = schemas;
    this.rows = rows;
  }

  static MartFooters read(Path mart, Configuration conf) {
    List<MessageType> schemas = new ArrayList<>();
    long rows = 0;
    try (Stream<Path> s = Files.list(mart)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        try (ParquetFileReader r = ParquetFileReader.open(
            HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(p.toUri()), conf))) {
          schemas.add(r.getFooter().getFileMetaData().getSchema());
          rows += r.getRecordCount();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mart " + mart, e);
    }
    return new MartFooters(schemas, rows);
  }

  long rows() {
    return rows;
  }

  /** At least one file (an empty mart still carries its schema), and every file has the contract's columns. */
  boolean matches(StructType contract) {
    if (schemas.isEmpty()) return false;
    for (MessageType m : schemas) {
      if (m.getFieldCount() != contract.fields().length) return false;
      for (int i = 0; i < contract.fields().length; i++) {
        StructField f = contract.fields()[i];
        Type t = m.getType(i);
        if (!t.getName().equals(f.name()) || !t.isPrimitive() || !sameType(t.asPrimitiveType(), f.dataType())) {
          return false;
        }
      }
    }
    return true;
  }

  String describe() {
    return schemas.isEmpty() ? "no Parquet file" : schemas.get(0).toString().replace('\n', ' ');
  }

  private static boolean sameType(PrimitiveType p, DataType d) {
    LogicalTypeAnnotation l = p.getLogicalTypeAnnotation();
    return switch (p.getPrimitiveTypeName()) {
      case BINARY -> d.equals(DataTypes.StringType) && l instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation;
      case INT32 -> l instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? d.equals(DataTypes.DateType) : d.equals(DataTypes.IntegerType) && l == null;
      case INT64 -> l instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
          ? d.equals(DataTypes.TimestampType) : d.equals(DataTypes.LongType) && l == null;
      case DOUBLE -> d.equals(DataTypes.DoubleType);
      case BOOLEAN -> d.equals(DataTypes.BooleanType);
      default -> false;
    };
  }
}
