package org.mekong.mpm.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Writes the tables of {@code docs/extract-format.md} from the extract schema, so that what national
 * offices read cannot drift from what the validator checks. The page is hand-written prose with
 * generated blocks between {@code <!-- generated: NAME -->} and {@code <!-- end generated: NAME -->};
 * the meanings of codes come from {@value #HELP}, and a schema code without a meaning there is an error.
 */
public final class ExtractFormatDocs {
  static final String HELP = "/schemas/extract-format-docs.json";
  public static final String PAGE = "docs/extract-format.md";
  public static final String REGENERATE = "mvn -q -o test -Dtest=ExtractFormatDocsTest -Dmpm.regenerate=true";

  private static final Pattern BLOCK = Pattern.compile(
      "(<!-- generated: ([a-z-]+) -->\n)(.*?)(<!-- end generated: \\2 -->)", Pattern.DOTALL);
  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- example: ([a-z.]+) -->\n```[a-z]*\n(.*?)```\n", Pattern.DOTALL);
  private static final Pattern CHAR_CLASS = Pattern.compile("\\^\\[([^\\]]+)\\]\\{(\\d+)(?:,(\\d+))?\\}\\$");

  private final JsonNode schema;
  private final JsonNode help;

  ExtractFormatDocs(JsonNode schema, JsonNode help) {
    this.schema = schema;
    this.help = help;
  }

  /** The generator for the schema and meanings shipped on the classpath. */
  public static ExtractFormatDocs load() {
    return new ExtractFormatDocs(json(ExtractSchema.RESOURCE), json(HELP));
  }

  /** The page with every generated block replaced; the prose around the blocks is kept as it is. */
  public String render(String page) {
    Map<String, String> blocks = blocks();
    blocks.put("example-report", "```\n" + ValidationReport.render(validateExample(page)) + "```\n");
    Matcher m = BLOCK.matcher(page);
    StringBuilder out = new StringBuilder();
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(2);
      String body = blocks.get(name);
      if (body == null) throw new IllegalStateException(PAGE + " has a generated block '" + name + "' that "
          + "ExtractFormatDocs does not make; known blocks: " + blocks.keySet());
      seen.add(name);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
    }
    m.appendTail(out);
    for (String name : blocks.keySet()) {
      if (!seen.contains(name)) throw new IllegalStateException(PAGE + " lacks the generated block '" + name
          + "': add the two lines <!-- generated: " + name + " --> and <!-- end generated: " + name + " -->");
    }
    return out.toString();
  }

  /**
   * The worked example's files, as the page shows them in blocks marked {@code <!-- example: FILE -->}:
   * file name to content, each ending with its last line break.
   */
  static Map<String, String> exampleFiles(String page) {
    Map<String, String> files = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(page);
    while (m.find()) files.put(m.group(1), m.group(2));
    if (!files.keySet().equals(Set.of(ExtractSchema.MANIFEST, ExtractSchema.CASES, ExtractSchema.EVENTS))) {
      throw new IllegalStateException(PAGE + " must show the worked example's three files, each in a fenced block"
          + " after <!-- example: FILE -->; found " + files.keySet());
    }
    return files;
  }

  /** Validates the page's worked example as {@code bin/mpm validate} would, the day after its extract date. */
  static ValidationResult validateExample(String page) {
    Map<String, String> files = exampleFiles(page);
    JsonNode manifest;
    try {
      manifest = new ObjectMapper().readTree(files.get(ExtractSchema.MANIFEST));
    } catch (IOException e) {
      throw new IllegalStateException("the worked example's manifest.json is not JSON: " + e.getMessage(), e);
    }
    String country = manifest.path("reporting_country").asText();
    String date = manifest.path("extract_date").asText();
    Path root = null;
    try {
      root = Files.createTempDirectory("mpm-extract-example-");
      Path dir = Files.createDirectories(root.resolve(country).resolve(date));
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      return new SubmissionValidator(ExtractSchema.load(), SubmissionValidator.DEFAULT_MAX_REJECTED_SHARE,
          LocalDate.parse(date).plusDays(1)).validate(dir, CleanRowSink.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the worked example to a temporary folder", e);
    } finally {
      if (root != null) deleteQuietly(root);
    }
  }

  private static void deleteQuietly(Path root) {
    try {
      Warehouse.deleteTree(root);
    } catch (IOException e) {
      // three small example files in a temporary folder: left for the OS to clean up
    }
  }

  /** The generated blocks by name, in page order. */
  Map<String, String> blocks() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("versions", versions());
    b.put("cases-columns", columns(ExtractSchema.CASES));
    b.put("events-columns", columns(ExtractSchema.EVENTS));
    b.put("code-lists", codeLists());
    b.put("event-types", eventTypes());
    b.put("reason-codes", reasonCodes());
    b.put("countries", countries());
    return b;
  }

  private String versions() {
    List<String> v = new ArrayList<>();
    for (JsonNode n : schema.path("supported_versions")) v.add("`" + n.asText() + "`");
    return "This page describes format `" + schema.path("format").asText() + "`, version `"
        + schema.path("format_version").asText() + "`. Supported `format_version` values: " + String.join(", ", v)
        + "; the validator takes any version matching `" + schema.path("supported_version_pattern").asText()
        + "` and checks it by these rules.\n";
  }

  private String columns(String file) {
    StringBuilder md = new StringBuilder("| column | required | what it holds | note |\n|---|---|---|---|\n");
    JsonNode notes = help.path("column_notes").path(file);
    for (JsonNode c : schema.path("files").path(file).path("columns")) {
      String name = c.path("name").asText();
      row(md, code(name), c.path("required").asBoolean() ? "yes" : "no", rule(c), notes.path(name).asText(""));
    }
    return md.toString();
  }

  /** The column's own check, in words; every branch reads the schema's fields, nothing is restated. */
  private String rule(JsonNode c) {
    String type = c.path("type").asText();
    String r = switch (type) {
      case "text" -> pattern(c.path("pattern").asText());
      case "integer" -> "a whole number from " + c.path("min").asInt() + " to " + c.path("max").asInt();
      case "code" -> (c.path("multi_valued").asBoolean() ? "a `" + separator() + "`-separated list of: " : "one of: ")
          + codes(c.path("codes"));
      case "country" -> "an ISO 3166-1 alpha-3 country code" + (c.path("extra_codes").isEmpty() ? ""
          : ", or " + codes(c.path("extra_codes")));
      case "date" -> "a date `YYYY-MM-DD`, not before " + c.path("min").asText() + ", not after the manifest's `"
          + c.path("max").asText() + "`";
      case "event_type" -> "one of the event types below";
      case "detail" -> "a detail code of the row's event type: required where the event type lists codes, empty"
          + " where it lists none";
      case "counterpart" -> "an ISO 3166-1 alpha-3 country code: required for the event types marked ★, empty for"
          + " the others; never the reporting country";
      default -> throw new IllegalStateException("no wording for column type " + type);
    };
    if (c.path("unique").asBoolean()) r += "; unique within the file";
    String ref = c.path("references").asText("");
    if (!ref.isEmpty()) {
      String[] fileAndColumn = ref.split("#");
      r += "; must be a `" + fileAndColumn[1] + "` of `" + fileAndColumn[0] + "` in the same submission";
    }
    return r;
  }

  // the schema's patterns are one character class with a length; anything else is shown as the regex itself
  private static String pattern(String regex) {
    Matcher m = CHAR_CLASS.matcher(regex);
    if (!m.matches()) return "text matching `" + regex + "`";
    String length = m.group(3) == null ? "exactly " + m.group(2) : m.group(2) + " to " + m.group(3);
    return length + " characters from `[" + m.group(1) + "]`";
  }

  private String codeLists() {
    StringBuilder md = new StringBuilder("| column | code | meaning |\n|---|---|---|\n");
    for (String file : List.of(ExtractSchema.CASES, ExtractSchema.EVENTS)) {
      for (JsonNode c : schema.path("files").path(file).path("columns")) {
        String column = c.path("name").asText();
        for (JsonNode code : c.path("codes")) {
          row(md, code(column), code(code.asText()), meaning(help.path("codes").path(column), code.asText(),
              "codes." + column));
        }
        for (JsonNode code : c.path("extra_codes")) {
          row(md, code(column), code(code.asText()), meaning(help.path("codes").path(column), code.asText(),
              "codes." + column));
        }
      }
    }
    return md.toString();
  }

  private String eventTypes() {
    StringBuilder md = new StringBuilder(
        "| section | event_type | `detail` | `counterpart_country` | flags it uses | meaning |\n|---|---|---|---|---|---|\n");
    for (JsonNode t : schema.path("event_types")) {
      String code = t.path("code").asText();
      boolean counterpart = t.path("counterpart_required").asBoolean();
      row(md, t.path("section").asText(), code(code) + (counterpart ? " ★" : ""),
          t.path("detail_codes").isEmpty() ? "empty" : "required: " + codes(t.path("detail_codes")),
          counterpart ? "★ required" : "empty",
          t.path("flags").isEmpty() ? "—" : codes(t.path("flags")),
          meaning(help.path("event_types"), code, "event_types"));
    }
    return md.toString();
  }

  private String reasonCodes() {
    Map<String, String> headings = new LinkedHashMap<>();
    headings.put("submission_rejected", "Submission rejected: nothing of it is used; the country's previous"
        + " accepted submission stays current. Where several apply, the first in this table is the reason.");
    headings.put("row_rejected", "Row rejected (quarantined): the rest of the submission goes on.");
    headings.put("warning", "Warning: the row is kept and used, and counted in the data-quality mart.");
    StringBuilder md = new StringBuilder();
    for (Map.Entry<String, String> level : headings.entrySet()) {
      md.append("**").append(level.getValue()).append("**\n\n")
          .append("| code | what it means | how to fix it |\n|---|---|---|\n");
      for (JsonNode r : schema.path("reason_codes")) {
        if (!r.path("level").asText().equals(level.getKey())) continue;
        String code = r.path("code").asText();
        JsonNode h = help.path("reason_codes").path(code);
        if (!h.hasNonNull("means") || !h.hasNonNull("fix")) {
          throw new IllegalStateException("no meaning for reason code " + code + ": add \"means\" and \"fix\" under"
              + " reason_codes in schemas/extract-format-docs.json");
        }
        row(md, code(code), h.path("means").asText(), h.path("fix").asText());
      }
      md.append('\n');
    }
    for (JsonNode r : schema.path("reason_codes")) {
      if (!headings.containsKey(r.path("level").asText())) {
        throw new IllegalStateException("reason code " + r.path("code").asText() + " has an unknown level");
      }
    }
    return md.substring(0, md.length() - 1);
  }

  private String countries() {
    JsonNode c = schema.path("countries");
    return c.path("codes").size() + " codes of " + c.path("standard").asText() + " as of " + c.path("as_of").asText()
        + ":\n\n" + codes(c.path("codes")) + "\n";
  }

  private static String meaning(JsonNode meanings, String code, String where) {
    String text = meanings.path(code).asText("");
    if (text.isEmpty()) {
      throw new IllegalStateException("no meaning for " + code + ": add it under " + where
          + " in schemas/extract-format-docs.json");
    }
    return text;
  }

  private String separator() {
    return schema.path("multi_value_separator").asText();
  }

  private static String codes(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(code(n.asText()));
    return String.join(" ", out);
  }

  private static String code(String s) {
    return "`" + s + "`";
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) md.append(' ').append(cell.isEmpty() ? " " : cell.replace("|", "\\|")).append(" |");
    md.append('\n');
  }

  private static JsonNode json(String resource) {
    try (InputStream in = ExtractFormatDocs.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
