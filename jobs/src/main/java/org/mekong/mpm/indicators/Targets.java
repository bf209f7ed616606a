package org.mekong.mpm.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.mekong.mpm.extract.ParticipatingCountries;
import org.mekong.mpm.problem.Problem;

/**
 * National targets from {@code --targets FILE}, {@code {"THA": {"IDN-01": 10, …}, …}}: they replace the
 * catalogue's default target for that country's rows only; definitions cannot be overridden.
 */
public final class Targets {

  /** The COMMIT countries: the only reporting countries a national target can belong to. */
  static final Set<String> COUNTRIES = Set.copyOf(ParticipatingCountries.COMMIT);

  private final Map<String, Map<String, Double>> byCountry;

  private Targets(Map<String, Map<String, Double>> byCountry) {
    this.byCountry = byCountry;
  }

  /** No national targets: every row gets the catalogue default. */
  public static Targets none() {
    return new Targets(Map.of());
  }

  /** Reads and checks a targets file against the catalogue; any problem is a usage error naming the key. */
  public static Targets load(Path jsonFile) {
    return load(jsonFile, IndicatorCatalogue.load());
  }

  static Targets load(Path jsonFile, IndicatorCatalogue catalogue) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(jsonFile));
    } catch (IOException e) {
      throw usage("cannot read targets file " + jsonFile + ": " + firstLine(e.getMessage())
          + "; give a JSON file like {\"THA\": {\"IDN-01\": 10}}.");
    }
    return parse(root, catalogue, jsonFile.toString());
  }

  static Targets parse(JsonNode root, IndicatorCatalogue catalogue, String source) {
    if (root == null || !root.isObject()) {
      throw usage("targets file " + source + " must be a JSON object like {\"THA\": {\"IDN-01\": 10}}.");
    }
    Map<String, Map<String, Double>> all = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> cs = root.fields(); cs.hasNext(); ) {
      Map.Entry<String, JsonNode> c = cs.next();
      String country = c.getKey();
      if (!COUNTRIES.contains(country)) {
        throw usage("targets file " + source + ": unknown country \"" + country
            + "\" (use one of KHM CHN LAO MMR THA VNM; the region's targets are the catalogue's).");
      }
      if (!c.getValue().isObject()) {
        throw usage("targets file " + source + ": \"" + country + "\" must map indicator ids to numbers.");
      }
      Map<String, Double> targets = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> ts = c.getValue().fields(); ts.hasNext(); ) {
        Map.Entry<String, JsonNode> t = ts.next();
        String key = country + "." + t.getKey();
        if (!catalogue.contains(t.getKey())) {
          throw usage("targets file " + source + ": unknown indicator \"" + key + "\" (not in framework 1.0).");
        }
        Indicator ind = catalogue.byId(t.getKey());
        if (ind.direction() == null) {
          throw usage("targets file " + source + ": \"" + key + "\" is a count and takes no target.");
        }
        if (!t.getValue().isNumber() || !Double.isFinite(t.getValue().asDouble())) {
          throw usage("targets file " + source + ": target \"" + key + "\" is not a number.");
        }
        double v = t.getValue().asDouble();
        if (v < 0 || (ind.unit() == Unit.PERCENT && v > 100)) {
          throw usage("targets file " + source + ": target \"" + key + "\" = " + t.getValue()
              + " is out of range (" + (ind.unit() == Unit.PERCENT ? "0 to 100" : "0 or more") + ").");
        }
        targets.put(t.getKey(), v);
      }
      all.put(country, Map.copyOf(targets));
    }
    return new Targets(Map.copyOf(all));
  }

  /** The target for this country's rows: the national one if configured, else the catalogue default. */
  public Double targetFor(Indicator indicator, String country) {
    if (indicator.direction() == null) return null; // counts have no target
    Double national = byCountry.getOrDefault(country, Map.of()).get(indicator.id());
    return national != null ? national : indicator.target();
  }

  private static Problem usage(String message) {
    return new Problem(Problem.Kind.BAD_REQUEST, message);
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
