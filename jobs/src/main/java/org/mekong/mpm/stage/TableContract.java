package org.mekong.mpm.stage;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema an intermediate table must have where one stage hands it to the next: its column names
 * and types (nullability aside, which Spark does not keep across Parquet and joins). A table that
 * differs is refused before any work is done on it, so that a renamed or retyped column fails at the
 * boundary with its name rather than as a wrong figure or a cast error deep in a task.
 */
public record TableContract(String table, StructType schema) {

  /**
   * The table itself when its columns are the contract's (in any order), else an
   * IllegalStateException naming the stage, the table and the first difference.
   */
  public Dataset<Row> check(String stage, Dataset<Row> df) {
    String difference = firstDifference(df.schema());
    if (difference != null) {
      throw new IllegalStateException(stage + " stage: table " + table + " does not match its contract: "
          + difference);
    }
    return df;
  }

  /** The first difference between {@code actual} and the contract, or null when there is none. */
  String firstDifference(StructType actual) {
    Map<String, StructField> have = new TreeMap<>();
    for (StructField f : actual.fields()) have.put(f.name(), f);
    for (StructField want : schema.fields()) {
      StructField got = have.remove(want.name());
      if (got == null) return "column " + want.name() + " is missing";
      if (!loose(got.dataType()).equals(loose(want.dataType()))) {
        return "column " + want.name() + " has type " + got.dataType().simpleString() + ", the contract says "
            + want.dataType().simpleString();
      }
    }
    return have.isEmpty() ? null : "column " + have.keySet().iterator().next() + " is not in the contract";
  }

  /** The type with every nested field and element nullable, so that only names and types compare. */
  private static DataType loose(DataType t) {
    if (t instanceof StructType s) {
      StructType out = new StructType();
      for (StructField f : s.fields()) out = out.add(f.name(), loose(f.dataType()), true);
      return out;
    }
    if (t instanceof ArrayType a) return new ArrayType(loose(a.elementType()), true);
    if (t instanceof MapType m) return new MapType(loose(m.keyType()), loose(m.valueType()), true);
    return t;
  }
}
