package org.mekong.mpm.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The 33 indicators of framework 1.0, in the framework's table order, read from {@code schemas/indicators.json}. */
public final class IndicatorCatalogue {

  static final String RESOURCE = "/schemas/indicators.json";

  // the spec's headline set, in the order the run summary and regional dashboards show it
  private static final List<String> HEADLINE = List.of(
      "IDN-01", "IDN-02", "RET-05", "RET-02", "RET-07", "REI-02", "REI-03", "REI-04",
      "VOL-01", "VOL-02", "VOL-03");

  private final Map<String, Indicator> byId;

  private IndicatorCatalogue(List<Indicator> indicators) {
    Map<String, Indicator> m = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (m.put(i.id(), i) != null) throw new IllegalStateException("duplicate indicator " + i.id());
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  /** Reads the catalogue from the classpath (the jar carries a copy of {@code schemas/}). */
  public static IndicatorCatalogue load() {
    try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static IndicatorCatalogue parse(JsonNode root) {
    List<Indicator> list = new ArrayList<>();
    for (JsonNode n : root.get("indicators")) {
      list.add(new Indicator(
          text(n, "id"), text(n, "name"), text(n, "section"), text(n, "guideline_ref"),
          Unit.of(text(n, "unit")), Direction.of(text(n, "direction")),
          n.hasNonNull("target") ? n.get("target").asDouble() : null,
          n.get("cross_border").asBoolean(),
          text(n, "population"), text(n, "reference_date"), text(n, "window_end"),
          text(n, "numerator"), text(n, "definition")));
    }
    return new IndicatorCatalogue(list);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Every indicator, in the framework's table order. */
  public List<Indicator> all() {
    return List.copyOf(byId.values());
  }

  /** The indicator with this id; an unknown id is a programming error. */
  public Indicator byId(String id) {
    Indicator i = byId.get(id);
    if (i == null) throw new NoSuchElementException("no indicator " + id + " in framework 1.0");
    return i;
  }

  /** Whether the framework defines this id (for validating configuration). */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The headline set: identification time, return safety, follow-up, re-trafficking, then the volumes. */
  public List<String> headline() {
    return HEADLINE;
  }
}
