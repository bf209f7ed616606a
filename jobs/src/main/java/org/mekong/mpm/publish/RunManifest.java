package org.mekong.mpm.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mekong.mpm.indicators.Quarter;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.warehouse.Warehouse;

/** A release's manifest: run id, inputs with their checksums, parameters, code version, row counts. */
public final class RunManifest {
  private RunManifest() {}

  public static String render(String runId, Quarter from, Quarter to, int k, double maxRejectedShare,
      List<SubmissionRecord> submissions, Map<Warehouse.Tier, Map<String, Long>> rowCounts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("created_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("code_version", codeVersion());
    m.put("contracts", Map.of("extract_format", "1.0", "marts", "1.0", "framework", "1.0"));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", from.toString());
    params.put("quarter", to.toString());
    params.put("k", k);
    params.put("max_rejected_share", maxRejectedShare);
    m.put("parameters", params);
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (SubmissionRecord r : submissions) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("country", r.country());
      i.put("extract_date", r.extractDate());
      i.put("status", r.status());
      i.put("checksums", r.checksums());
      inputs.add(i);
    }
    m.put("inputs", inputs);
    Map<String, Object> counts = new LinkedHashMap<>();
    rowCounts.forEach((t, marts) -> counts.put(t.name().toLowerCase(java.util.Locale.ROOT), marts));
    m.put("row_counts", counts);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jar's version, or {@code dev} when running from classes. */
  static String codeVersion() {
    String v = RunManifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
