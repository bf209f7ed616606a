package org.mekong.mpm.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.mekong.mpm.report.MartRows.Row;

/**
 * The figures the report's charts draw, as the JSON embedded in the page: published (public-tier)
 * numbers only, copied from the marts as they are, so a suppressed cell is a null here too.
 */
final class ReportData {
  private ReportData() {}

  static final List<String> CORRIDOR_INDICATORS = List.of("RET-07", "RET-08");

  static ObjectNode build(ReportContent c) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("release", c.releaseId());
    ArrayNode countries = root.putArray("countries");
    ObjectNode names = root.putObject("countryNames");
    for (String code : c.totals().countriesAndRegion()) {
      countries.add(code);
      names.put(code, Cells.countryName(code));
    }
    ArrayNode quarters = root.putArray("quarters");
    c.totals().quarters().forEach(quarters::add);
    ArrayNode lead = root.putArray("leadPeriods");
    c.totals().leadPeriods().forEach(lead::add);
    ObjectNode indicators = root.putObject("indicators");
    for (Row r : c.tier().catalogue()) {
      ObjectNode i = indicators.putObject(r.str("indicator_id"));
      i.put("name", r.str("name"));
      i.put("unit", r.str("unit"));
      i.put("direction", r.str("direction"));
      i.put("target", r.dbl("target"));
    }
    ArrayNode headline = root.putArray("headline");
    c.headline().forEach(headline::add);

    ArrayNode totals = root.putArray("totals");
    for (Row r : c.totals().rowsOf(c.headline())) {
      ObjectNode o = figure(totals.addObject(), r);
      o.put("p", r.str("period"));
      o.put("i", r.str("indicator_id"));
      o.put("c", r.str("country"));
    }

    ObjectNode corridors = root.putObject("corridors");
    c.corridorPeriod().ifPresent(p -> corridors.put("period", p));
    ArrayNode cells = corridors.putArray("cells");
    for (Row r : c.corridorRows()) {
      ObjectNode o = figure(cells.addObject(), r);
      o.put("i", r.str("indicator_id"));
      o.put("c", r.str("country"));
      o.put("cp", r.str("counterpart_country"));
    }

    ArrayNode survival = root.putArray("survival");
    c.tier().survival().stream()
        .filter(r -> TotalRows.ALL.equals(r.str("reception_year")) && r.dbl("survival") != null)
        .sorted(Comparator.comparing((Row r) -> r.str("country")).thenComparing(r -> r.lng("day")))
        .forEach(r -> {
          ObjectNode o = survival.addObject();
          o.put("c", r.str("country"));
          o.put("day", r.lng("day"));
          o.put("n", r.lng("at_risk"));
          o.put("e", r.lng("events"));
          o.put("s", r.dbl("survival"));
          o.put("lo", r.dbl("ci_low"));
          o.put("hi", r.dbl("ci_high"));
        });
    return root;
  }

  private static ObjectNode figure(ObjectNode o, Row r) {
    o.put("v", r.dbl("value"));
    o.put("lo", r.dbl("ci_low"));
    o.put("hi", r.dbl("ci_high"));
    o.put("n", r.lng("numerator"));
    o.put("d", r.lng("denominator"));
    o.put("s", r.str("status"));
    return o;
  }
}
