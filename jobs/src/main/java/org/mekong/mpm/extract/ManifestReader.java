package org.mekong.mpm.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads manifest.json strictly; each defect becomes a finding whose message names fields, never values.
 * A value is kept in the {@link Manifest} only once it passed its own check, so nothing unchecked is
 * ever printed or stored.
 */
final class ManifestReader {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  /** A manifest is a few hundred bytes; anything above this is not one, and is not parsed. */
  static final int MAX_BYTES = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ExtractSchema schema;
  private final Findings findings;

  ManifestReader(ExtractSchema schema, Findings findings) {
    this.schema = schema;
    this.findings = findings;
  }

  /** The manifest in {@code dir}, or null when it is missing or not a JSON object. */
  Manifest read(Path dir) throws IOException {
    Path file = dir.resolve(ExtractSchema.MANIFEST);
    if (Files.isSymbolicLink(file)) {
      findings.add(ReasonCode.FILE_MISSING, "manifest.json is a symbolic link, which is not followed");
      return null;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      findings.add(ReasonCode.MANIFEST_MISSING, "manifest.json is missing from the submission folder");
      return null;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json is larger than 1 MiB");
      return null;
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json is not valid JSON (near line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
      return null;
    }
    if (root == null || !root.isObject()) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json is not a JSON object");
      return null;
    }
    List<String> absent = new ArrayList<>();
    for (String field : schema.manifestFields()) if (!root.has(field)) absent.add(field);
    if (!absent.isEmpty()) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json lacks " + String.join(", ", absent));
    }
    JsonNode format = root.get("format");
    if (format != null && !(format.isTextual() && format.asText().equals(schema.format()))) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: format is not " + schema.format());
    }
    String version = text(root, "format_version", null);
    if (version != null && !schema.supportsVersion(version)) {
      findings.add(ReasonCode.FORMAT_UNSUPPORTED, "format_version is not supported; supported versions: "
          + String.join(", ", schema.supportedVersions()) + " (any 1.x)");
      version = null; // withheld: it may hold anything, terminal control characters included
    }
    String country = text(root, "reporting_country", ISO3);
    LocalDate date = date(root);
    String keyId = keyId(root);
    Map<String, Manifest.FileEntry> files = files(root.get("files"));
    return new Manifest(version, country, date, keyId, files);
  }

  /** A string field, or null (with a finding when present but wrong). */
  private String text(JsonNode root, String field, Pattern shape) {
    JsonNode n = root.get(field);
    if (n == null) return null;
    if (!n.isTextual() || n.asText().isEmpty() || (shape != null && !shape.matcher(n.asText()).matches())) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: " + field + " is not in the required form");
      return null;
    }
    return n.asText();
  }

  private LocalDate date(JsonNode root) {
    String s = text(root, "extract_date", null);
    if (s == null) return null;
    int day = IsoDate.epochDay(s);
    if (day == IsoDate.INVALID) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: extract_date is not a YYYY-MM-DD date");
      return null;
    }
    return LocalDate.ofEpochDay(day);
  }

  private String keyId(JsonNode root) {
    JsonNode n = root.get("linkage_key_id");
    if (n == null || n.isNull()) return null;
    if (!n.isTextual() || !LinkageKeyId.valid(n.asText())) {
      findings.add(ReasonCode.MANIFEST_INVALID,
          "manifest.json: linkage_key_id is neither null nor a key name of [a-z0-9][a-z0-9._-]{0,63}");
      return null;
    }
    return n.asText();
  }

  private Map<String, Manifest.FileEntry> files(JsonNode files) {
    Map<String, Manifest.FileEntry> out = new LinkedHashMap<>();
    if (files == null) return out;
    if (!files.isObject()) {
      findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: files is not an object");
      return out;
    }
    for (Iterator<String> it = files.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals(ExtractSchema.CASES) && !name.equals(ExtractSchema.EVENTS)) {
        findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: files lists a file outside the format");
      }
    }
    for (String name : List.of(ExtractSchema.CASES, ExtractSchema.EVENTS)) {
      JsonNode f = files.get(name);
      JsonNode rows = f == null ? null : f.get("rows");
      JsonNode sha = f == null ? null : f.get("sha256");
      boolean rowsOk = rows != null && rows.isIntegralNumber() && rows.canConvertToLong() && rows.asLong() >= 0;
      boolean shaOk = sha != null && sha.isTextual() && SHA256.matcher(sha.asText()).matches();
      if (rowsOk && shaOk) {
        out.put(name, new Manifest.FileEntry(rows.asLong(), sha.asText()));
      } else {
        findings.add(ReasonCode.MANIFEST_INVALID, "manifest.json: files." + name
            + " needs rows (a count) and sha256 (64 lowercase hex)");
      }
    }
    return out;
  }
}
