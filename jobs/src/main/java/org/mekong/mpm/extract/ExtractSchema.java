package org.mekong.mpm.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Extract format 1.0 as data, loaded from {@code /schemas/extract-format-1.0.json}: the validator's rules. */
public final class ExtractSchema {
  public static final String RESOURCE = "/schemas/extract-format-1.0.json";
  public static final String MANIFEST = "manifest.json";
  public static final String CASES = "cases.csv";
  public static final String EVENTS = "events.csv";

  private final String format;
  private final String formatVersion;
  private final List<String> supportedVersions;
  private final Pattern supportedVersionPattern;
  private final List<String> manifestFields;
  private final List<ColumnSpec> caseSpecs;
  private final List<ColumnSpec> eventSpecs;
  private final Map<String, EventType> eventTypes;
  private final Set<String> countries;
  private final List<OrderRule> orderRules;
  private final String deathEventType;
  private final String deathDetail;

  /** An EVENT_ORDER rule: an event of {@code eventType} needs a {@code requires} event on or before it. */
  record OrderRule(String eventType, String requires) {}

  private ExtractSchema(JsonNode root) {
    format = root.path("format").asText();
    formatVersion = root.path("format_version").asText();
    supportedVersions = strings(root.path("supported_versions"));
    supportedVersionPattern = Pattern.compile(root.path("supported_version_pattern").asText());
    manifestFields = strings(root.path("manifest").path("required_fields"));
    countries = Collections.unmodifiableSet(new LinkedHashSet<>(strings(root.path("countries").path("codes"))));
    caseSpecs = columns(root.path("files").path(CASES).path("columns"));
    eventSpecs = columns(root.path("files").path(EVENTS).path("columns"));
    Map<String, EventType> types = new LinkedHashMap<>();
    for (JsonNode t : root.path("event_types")) {
      String code = t.path("code").asText();
      types.put(code, new EventType(code, t.path("section").asText(), types.size(),
          set(t.path("detail_codes")), t.path("counterpart_required").asBoolean(), set(t.path("flags"))));
    }
    eventTypes = Collections.unmodifiableMap(types);
    List<OrderRule> rules = new ArrayList<>();
    for (JsonNode r : root.path("warning_rules").path("EVENT_ORDER").path("rules")) {
      rules.add(new OrderRule(r.path("event_type").asText(), r.path("requires").asText()));
    }
    orderRules = List.copyOf(rules);
    JsonNode death = root.path("warning_rules").path("EVENT_AFTER_DEATH");
    deathEventType = death.path("event_type").asText();
    deathDetail = death.path("detail").asText();
    checkReasonCodes(root.path("reason_codes"));
  }

  /** The format as shipped in the jar. */
  public static ExtractSchema load() {
    try (InputStream in = ExtractSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("extract schema not on the classpath: " + RESOURCE);
      return new ExtractSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("extract schema unreadable: " + RESOURCE, e);
    }
  }

  /** The case file's column names in canonical (spec table) order. */
  public List<String> caseColumns() {
    return names(caseSpecs);
  }

  /** The event file's column names in canonical (spec table) order. */
  public List<String> eventColumns() {
    return names(eventSpecs);
  }

  public String format() {
    return format;
  }

  public String formatVersion() {
    return formatVersion;
  }

  public List<String> supportedVersions() {
    return supportedVersions;
  }

  public boolean supportsVersion(String version) {
    return version != null && supportedVersionPattern.matcher(version).matches();
  }

  /** The ISO 3166-1 alpha-3 codes as of 2026, without the nationality-only extras. */
  public Set<String> countries() {
    return countries;
  }

  /** The event type codes in spec table order. */
  public List<String> eventTypeCodes() {
    return List.copyOf(eventTypes.keySet());
  }

  List<String> manifestFields() {
    return manifestFields;
  }

  List<ColumnSpec> columns(String file) {
    return CASES.equals(file) ? caseSpecs : eventSpecs;
  }

  EventType eventType(String code) {
    return eventTypes.get(code);
  }

  int eventTypeCount() {
    return eventTypes.size();
  }

  List<OrderRule> orderRules() {
    return orderRules;
  }

  String deathEventType() {
    return deathEventType;
  }

  String deathDetail() {
    return deathDetail;
  }

  private static List<String> names(List<ColumnSpec> specs) {
    List<String> out = new ArrayList<>(specs.size());
    for (ColumnSpec s : specs) out.add(s.name());
    return Collections.unmodifiableList(out);
  }

  private static List<ColumnSpec> columns(JsonNode cols) {
    List<ColumnSpec> out = new ArrayList<>();
    for (JsonNode c : cols) {
      String pattern = c.path("pattern").asText(null);
      String min = c.path("min").asText("");
      int minDay = IsoDate.INVALID;
      ColumnType type = ColumnType.fromSchema(c.path("type").asText());
      if (type == ColumnType.DATE && !min.isEmpty()) minDay = IsoDate.epochDay(min);
      out.add(new ColumnSpec(
          c.path("name").asText(),
          type,
          c.path("required").asBoolean(),
          pattern == null ? null : CharClassPattern.compile(pattern),
          c.path("min").asInt(Integer.MIN_VALUE),
          c.path("max").asInt(Integer.MAX_VALUE),
          set(c.path("codes")),
          set(c.path("extra_codes")),
          c.path("multi_valued").asBoolean(false),
          minDay));
    }
    if (out.isEmpty()) throw new IllegalStateException("extract schema declares no columns");
    return Collections.unmodifiableList(out);
  }

  /** The enum is the code's view of the table; a drift between the two is a build defect. */
  private static void checkReasonCodes(JsonNode codes) {
    ReasonCode[] all = ReasonCode.values();
    if (codes.size() != all.length) throw new IllegalStateException("reason codes in schema and enum differ");
    for (int i = 0; i < all.length; i++) {
      JsonNode c = codes.get(i);
      if (!all[i].name().equals(c.path("code").asText())
          || !all[i].level().label().equals(c.path("level").asText())) {
        throw new IllegalStateException("reason code " + all[i] + " differs between schema and enum");
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(n.asText());
    return Collections.unmodifiableList(out);
  }

  private static Set<String> set(JsonNode array) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(strings(array)));
  }

  static int epochDay(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
