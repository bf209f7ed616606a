package org.mekong.mpm.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.warehouse.Warehouse;

/** The mart contracts of {@code schemas/marts.json}: columns and types that publication enforces. */
public final class MartSchemas {
  private final Map<Warehouse.Tier, Map<String, StructType>> marts;

  private MartSchemas(Map<Warehouse.Tier, Map<String, StructType>> marts) {
    this.marts = marts;
  }

  public static MartSchemas load() {
    try (InputStream in = MartSchemas.class.getResourceAsStream("/schemas/marts.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<Warehouse.Tier, Map<String, StructType>> m = new LinkedHashMap<>();
      m.put(Warehouse.Tier.PUBLIC, tier(root.get("public")));
      m.put(Warehouse.Tier.RESTRICTED, tier(root.get("restricted")));
      return new MartSchemas(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schemas/marts.json", e);
    }
  }

  private static Map<String, StructType> tier(JsonNode tier) {
    Map<String, StructType> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tier.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> mart = it.next();
      StructType s = new StructType();
      for (JsonNode c : mart.getValue().get("columns")) {
        s = s.add(c.get("name").asText(), type(c.get("type").asText()), true);
      }
      out.put(mart.getKey(), s);
    }
    return out;
  }

  private static DataType type(String t) {
    return switch (t) {
      case "string" -> DataTypes.StringType;
      case "date" -> DataTypes.DateType;
      case "bigint" -> DataTypes.LongType;
      case "int" -> DataTypes.IntegerType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "timestamp" -> DataTypes.TimestampType;
      default -> throw new IllegalArgumentException("unknown mart column type " + t);
    };
  }

  public StructType schema(Warehouse.Tier tier, String mart) {
    StructType s = marts.get(tier).get(mart);
    if (s == null) throw new IllegalArgumentException("no contract for mart " + mart + " in " + tier);
    return s;
  }

  public Map<String, StructType> marts(Warehouse.Tier tier) {
    return marts.get(tier);
  }
}
