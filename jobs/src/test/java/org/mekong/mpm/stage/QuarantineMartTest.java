package org.mekong.mpm.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;
import org.mekong.mpm.warehouse.Warehouse;

/** The quarantine mart is read by Spark from the submissions' quarantine files, row for row. */
@ExtendWith(SharedSpark.class)
class QuarantineMartTest {

  @Test
  void holdsEveryLineOfEveryQuarantineFileWithItsSubmissionsCountryAndDate(SparkSession spark) throws Exception {
    Path wh = SampleWarehouse.get();
    List<String> expected = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    // .../submissions/<ISO3>/<date>/<id>/quarantine.jsonl, read here with Jackson line by line
    try (Stream<Path> s = Files.find(wh, 8, (p, a) -> p.getFileName().toString().equals("quarantine.jsonl"))) {
      for (Path f : s.toList()) {
        String country = f.getParent().getParent().getParent().getFileName().toString();
        String date = f.getParent().getParent().getFileName().toString();
        for (String line : Files.readAllLines(f)) {
          JsonNode n = json.readTree(line);
          expected.add(String.join("|", country, date, n.get("file").asText(), n.get("line").asText(),
              n.get("reason_code").asText(), n.get("fields").asText()));
        }
      }
    }
    List<Row> rows = SubmissionRegistry.load(Warehouse.open(wh)).quarantine(spark).collectAsList();
    List<String> actual = rows.stream().map(r -> String.join("|", r.getString(0), r.getDate(1).toString(),
        r.getString(2), Long.toString(r.getLong(3)), r.getString(4), r.getString(5))).toList();
    assertThat(expected).as("data-samples quarantine rows").isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).as("by country, extract date, file and line").isSortedAccordingTo(
        java.util.Comparator.comparing((String r) -> r.split("\\|")[0]).thenComparing(r -> r.split("\\|")[1])
            .thenComparing(r -> r.split("\\|")[2]).thenComparingLong(r -> Long.parseLong(r.split("\\|")[3])));
  }

  @Test
  void aWarehouseWithoutQuarantinedRowsGivesAnEmptyTable(SparkSession spark) throws Exception {
    Path wh = Files.createTempDirectory("mpm-noquarantine-");
    List<Row> rows = SubmissionRegistry.load(Warehouse.open(wh)).quarantine(spark).collectAsList();
    assertThat(rows).isEmpty();
  }
}
