package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;

class ExtractFormatDocsTest {

  private final ExtractFormatDocs docs = ExtractFormatDocs.load();

  @Test
  void docsExtractFormatMdHasTheTablesOfTheSchema() throws Exception {
    Path page = Repo.path(ExtractFormatDocs.PAGE);
    String rendered = docs.render(Files.readString(page, StandardCharsets.UTF_8));
    if (Boolean.getBoolean("mpm.regenerate")) Files.writeString(page, rendered, StandardCharsets.UTF_8);
    String committed = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/extract-format.md is out of date with schemas/extract-format-1.0.json or"
            + " schemas/extract-format-docs.json; regenerate it with: " + ExtractFormatDocs.REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void theWorkedExampleIsAcceptedByTheValidatorWithoutAnyFinding() throws Exception {
    String page = Files.readString(Repo.path(ExtractFormatDocs.PAGE), StandardCharsets.UTF_8);
    ValidationResult r = ExtractFormatDocs.validateExample(page);
    String report = ValidationReport.render(r);
    assertThat(r.accepted()).as(report).isTrue();
    assertThat(r.findings()).as(report).isEmpty();
    assertThat(r.issues()).as(report).isEmpty();
    assertThat(r.country()).isEqualTo("THA");
    assertThat(r.acceptedCases()).isEqualTo(3);
    assertThat(r.acceptedEvents()).isEqualTo(24);
    assertThat(r.linkageKeyId()).isEqualTo("regional-demo-2026");
  }

  @Test
  void everyColumnEventTypeAndReasonCodeTheValidatorKnowsHasARow() {
    ExtractSchema schema = ExtractSchema.load();
    Map<String, String> blocks = docs.blocks();
    for (String c : schema.caseColumns()) assertThat(blocks.get("cases-columns")).contains("| `" + c + "` |");
    for (String c : schema.eventColumns()) assertThat(blocks.get("events-columns")).contains("| `" + c + "` |");
    for (String t : schema.eventTypeCodes()) assertThat(blocks.get("event-types")).contains("| `" + t + "`");
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(blocks.get("reason-codes")).contains("| `" + code.name() + "` |");
    }
    assertThat(blocks.get("countries")).startsWith(schema.countries().size() + " codes of ISO 3166-1 alpha-3")
        .contains("`THA`").contains("`ZWE`");
  }

  @Test
  void rowsSayWhatTheSchemaSays() {
    Map<String, String> blocks = docs.blocks();
    assertThat(blocks.get("cases-columns"))
        .contains("| `case_id` | yes | 1 to 64 characters from `[A-Za-z0-9_-]`; unique within the file |")
        .contains("| `person_token` | no | exactly 64 characters from `[0-9a-f]` |")
        .contains("| `age_at_identification` | no | a whole number from 0 to 120 |")
        .contains("| `nationality` | yes | an ISO 3166-1 alpha-3 country code, or `XXA` `XXX` |")
        .contains("| `exploitation_types` | no | a `;`-separated list of: `SEXUAL` `FORCED_LABOUR`");
    assertThat(blocks.get("events-columns"))
        .contains("| `event_date` | yes | a date `YYYY-MM-DD`, not before 2000-01-01, not after the manifest's"
            + " `extract_date` |")
        .contains("must be a `case_id` of `cases.csv` in the same submission");
    assertThat(blocks.get("event-types"))
        .contains("| IV | `NATIONALITY_VERIFIED` ★ | required: `CONFIRMED` `NOT_CONFIRMED` | ★ required | — |")
        .contains("| II | `INTERVIEWED` | empty | empty | `INTERPRETER` `SUPPORT_PERSON` `CHILD_SENSITIVE` |");
    assertThat(blocks.get("code-lists")).contains("| `sex` | `X` | other |").contains("| `nationality` | `XXA` | stateless |");
    String reasons = blocks.get("reason-codes");
    // the table keeps the schema's order, which decides the reason of a rejected submission
    assertThat(reasons.indexOf("`MANIFEST_MISSING`")).isLessThan(reasons.indexOf("`FOLDER_MISMATCH`"));
    assertThat(reasons.indexOf("`FOLDER_MISMATCH`")).isLessThan(reasons.indexOf("`TOO_MANY_REJECTED_ROWS`"));
    assertThat(reasons.indexOf("**Row rejected")).isBetween(reasons.indexOf("`TOO_MANY_REJECTED_ROWS`"),
        reasons.indexOf("`MALFORMED_ROW`"));
    assertThat(reasons.indexOf("**Warning")).isBetween(reasons.indexOf("`COUNTERPART_FORBIDDEN`"),
        reasons.indexOf("`EVENT_ORDER`"));
  }

  @Test
  void aCodeAddedToTheSchemaWithoutAMeaningStopsTheDocs() throws Exception {
    ObjectNode schema = (ObjectNode) json(ExtractSchema.RESOURCE);
    ((ArrayNode) schema.get("reason_codes")).addObject().put("code", "NEW_DEFECT").put("level", "row_rejected");
    ExtractFormatDocs withNewCode = new ExtractFormatDocs(schema, json(ExtractFormatDocs.HELP));
    assertThatThrownBy(withNewCode::blocks).hasMessageContaining("NEW_DEFECT")
        .hasMessageContaining("schemas/extract-format-docs.json");

    ObjectNode schema2 = (ObjectNode) json(ExtractSchema.RESOURCE);
    ((ArrayNode) schema2.get("event_types")).addObject().put("section", "V").put("code", "NEW_EVENT");
    assertThatThrownBy(new ExtractFormatDocs(schema2, json(ExtractFormatDocs.HELP))::blocks)
        .hasMessageContaining("NEW_EVENT");
  }

  @Test
  void aPageWithoutABlockOrWithAnUnknownOneIsRefused() throws Exception {
    String page = Files.readString(Repo.path(ExtractFormatDocs.PAGE), StandardCharsets.UTF_8);
    String withoutCountries = page.replace("<!-- generated: countries -->", "")
        .replaceAll("(?s)<!-- end generated: countries -->", "");
    assertThatThrownBy(() -> docs.render(withoutCountries)).hasMessageContaining("lacks the generated block 'countries'");
    String unknown = page + "\n<!-- generated: colours -->\n<!-- end generated: colours -->\n";
    assertThatThrownBy(() -> docs.render(unknown)).hasMessageContaining("'colours'");
  }

  @Test
  void generatedBlocksReplaceOnlyTheirOwnContent() {
    String page = "intro\n<!-- generated: versions -->\nstale\n<!-- end generated: versions -->\noutro\n";
    Map<String, String> blocks = docs.blocks();
    StringBuilder all = new StringBuilder(page);
    java.util.List<String> names = new java.util.ArrayList<>(blocks.keySet());
    names.add("example-report");
    for (String name : names) {
      if (!name.equals("versions")) all.append("<!-- generated: ").append(name).append(" -->\n<!-- end generated: ")
          .append(name).append(" -->\n");
    }
    String example = exampleOnly(readPage());
    String rendered = docs.render(all + example);
    assertThat(rendered).startsWith("intro\n<!-- generated: versions -->\nThis page describes format `gms-case-extract`")
        .contains("<!-- end generated: versions -->\noutro\n").doesNotContain("stale");
    assertThat(docs.render(rendered)).as("rendering is idempotent").isEqualTo(rendered);
  }

  private static String readPage() {
    try {
      return Files.readString(Repo.path(ExtractFormatDocs.PAGE), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String exampleOnly(String page) {
    StringBuilder out = new StringBuilder();
    ExtractFormatDocs.exampleFiles(page).forEach((file, body) ->
        out.append("<!-- example: ").append(file).append(" -->\n```\n").append(body).append("```\n"));
    return out.toString();
  }

  private static JsonNode json(String resource) throws Exception {
    try (InputStream in = ExtractFormatDocsTest.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
