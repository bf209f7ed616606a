package org.mekong.mpm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One country's submission folder: cases.csv and events.csv streamed to disk, manifest.json written last. */
final class SubmissionWriter implements AutoCloseable {
  private final String country;
  private final LocalDate extractDate;
  private final String keyId;
  private final Path folder;
  private final CsvFile cases;
  private final CsvFile events;
  private String casesSha;
  private String eventsSha;

  SubmissionWriter(Path root, String country, LocalDate extractDate, String keyId) throws IOException {
    this.country = country;
    this.extractDate = extractDate;
    this.keyId = keyId;
    this.folder = root.resolve(country).resolve(extractDate.toString());
    Files.createDirectories(folder);
    Files.deleteIfExists(folder.resolve("manifest.json")); // a half-written folder must never look complete
    this.cases = new CsvFile(folder.resolve("cases.csv"), Codes.CASE_COLUMNS);
    this.events = new CsvFile(folder.resolve("events.csv"), Codes.EVENT_COLUMNS);
  }

  void write(CaseRows rows) throws IOException {
    cases.write(rows.caseRow);
    for (String[] e : rows.eventRows) events.write(e);
  }

  void writeEvents(List<String[]> rows) throws IOException {
    for (String[] e : rows) events.write(e);
  }

  long cases() {
    return cases.rows();
  }

  long events() {
    return events.rows();
  }

  Path folder() {
    return folder;
  }

  /** Closes the files without a manifest: an unfinished submission must be rejected, not ingested. */
  void abort() {
    try {
      cases.close();
      events.close();
    } catch (IOException ignored) {
      // already failing; the missing manifest marks the folder as incomplete
    }
  }

  @Override
  public void close() throws IOException {
    cases.close();
    events.close();
    casesSha = cases.sha256();
    eventsSha = events.sha256();
    Files.writeString(folder.resolve("manifest.json"), manifest(), StandardCharsets.UTF_8);
  }

  private String manifest() {
    return "{\n"
        + "  \"format\": \"gms-case-extract\",\n"
        + "  \"format_version\": \"1.0\",\n"
        + "  \"reporting_country\": \"" + country + "\",\n"
        + "  \"extract_date\": \"" + extractDate + "\",\n"
        + "  \"linkage_key_id\": \"" + keyId + "\",\n"
        + "  \"files\": {\n"
        + "    \"cases.csv\": { \"rows\": " + cases.rows() + ", \"sha256\": \"" + casesSha + "\" },\n"
        + "    \"events.csv\": { \"rows\": " + events.rows() + ", \"sha256\": \"" + eventsSha + "\" }\n"
        + "  }\n"
        + "}\n";
  }
}
