package org.mekong.mpm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a report must never show, checked against both tiers of the warehouse it came from. */
final class ReportChecks {
  private ReportChecks() {}

  private static final Pattern DATA_ROW = Pattern.compile(
      "<(td|tr)\\b[^>]*\\bdata-row=\"([^\"]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

  /** A suppressed public row with its restricted (unsuppressed) numbers. */
  record Withheld(String period, String indicator, String country, String counterpart, String unit,
      Long numerator, Long denominator, Double value, Double ciLow, Double ciHigh) {
    String key() {
      return period + "|" + indicator + "|" + country + "|" + counterpart;
    }
  }

  /** Every suppressed row of the public indicator_values at country level, with its restricted numbers. */
  static List<Withheld> withheld(BiFunction<String, String, String> mart) throws SQLException {
    String sql = "SELECT p.period, p.indicator_id, p.country, p.counterpart_country, r.unit, r.numerator, r.denominator,"
        + " r.value, r.ci_low, r.ci_high FROM " + mart.apply("marts", "indicator_values") + " p JOIN "
        + mart.apply("restricted", "indicator_values") + " r USING (period, indicator_id, country, sex, age_group,"
        + " nationality, exploitation_type, counterpart_country)"
        + " WHERE p.suppressed AND p.sex = 'ALL' AND p.age_group = 'ALL' AND p.nationality = 'ALL'"
        + " AND p.exploitation_type = 'ALL'";
    List<Withheld> list = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        list.add(new Withheld(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            (Long) rs.getObject(6), (Long) rs.getObject(7), (Double) rs.getObject(8), (Double) rs.getObject(9),
            (Double) rs.getObject(10)));
      }
    }
    return list;
  }

  static List<String> restrictedStrings(BiFunction<String, String, String> mart, String sql) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql.formatted(mart.apply("restricted", "return_exceptions")))) {
      while (rs.next()) if (rs.getString(1) != null) list.add(rs.getString(1));
    }
    return list;
  }

  static JsonNode embeddedData(String html) throws IOException {
    Matcher m = DATA.matcher(html);
    assertThat(m.find()).as("the report embeds its data").isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  /** Text of every element carrying {@code data-row}, by key. */
  static Map<String, List<String>> rowTexts(String html) {
    Map<String, List<String>> map = new HashMap<>();
    Matcher m = DATA_ROW.matcher(html);
    while (m.find()) {
      String text = m.group(3).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
      map.computeIfAbsent(m.group(2).replace("&amp;", "&"), k -> new ArrayList<>()).add(text);
    }
    return map;
  }

  /**
   * Fails when {@code value} occurs inside a {@code {...}} record that also names the withheld row's
   * period, indicator and country (the same number elsewhere may well be another cell's published figure).
   */
  static void assertNotInRecordOf(String page, String value, Withheld w) {
    // the number as a JSON value of its own, not the tail of a longer one (1.0 in 11.0)
    Matcher m = Pattern.compile("(?<=[:\\[,])" + Pattern.quote(value) + "(?=[,}\\]])").matcher(page);
    while (m.find()) {
      int at = m.start();
      int open = page.lastIndexOf('{', at);
      int close = page.indexOf('}', at);
      if (open < 0 || close < 0) continue;
      String record = page.substring(open, close + 1);
      boolean names = record.contains("\"" + w.period() + "\"") && record.contains("\"" + w.indicator() + "\"")
          && record.contains("\"" + w.country() + "\"")
          && (w.counterpart().equals("ALL") ? !record.contains("\"cp\"") : record.contains("\"" + w.counterpart() + "\""));
      assertThat(names).as("%s: %s in %s", w.key(), value, record).isFalse();
    }
  }

  /** Fails, without printing the page, when {@code needle} occurs in it. */
  static void assertAbsent(String page, String needle, String what) {
    int at = page.indexOf(needle);
    assertThat(at < 0).as("%s: '%s' found at …%s…", what, needle,
        at < 0 ? "" : page.substring(Math.max(0, at - 120), Math.min(page.length(), at + 60))).isTrue();
  }

  /** The page without the ECharts library, whose source is full of unrelated numbers. */
  static String withoutLibrary(String html) {
    int start = html.indexOf("<script>\n");
    int end = html.indexOf("</script>", start);
    return html.substring(0, start) + html.substring(end);
  }

  /**
   * No restricted number of a suppressed row in the embedded data, in any table cell or row labelled
   * with that row, or (at full precision) anywhere in the page. Returns how many withheld rows the
   * page labels, so that a caller can check the search found something to look at.
   */
  static int assertNothingWithheld(String html, List<Withheld> withheld) throws IOException {
    JsonNode data = embeddedData(html);
    Map<String, JsonNode> totals = new HashMap<>();
    for (JsonNode t : data.path("totals")) totals.put(t.path("p").asText() + "|" + t.path("i").asText() + "|" + t.path("c").asText() + "|ALL", t);
    String corridorPeriod = data.path("corridors").path("period").asText();
    for (JsonNode t : data.path("corridors").path("cells")) {
      totals.put(corridorPeriod + "|" + t.path("i").asText() + "|" + t.path("c").asText() + "|" + t.path("cp").asText(), t);
    }
    Map<String, List<String>> texts = rowTexts(html);
    String page = withoutLibrary(html);
    int labelled = 0;
    for (Withheld w : withheld) {
      JsonNode j = totals.get(w.key());
      if (j != null) {
        for (String f : List.of("v", "lo", "hi", "n", "d")) {
          assertThat(j.path(f).isNull()).as("embedded %s of suppressed %s", f, w.key()).isTrue();
        }
        assertThat(j.path("s").asText()).as(w.key()).isEqualTo("SUPPRESSED");
      }
      for (String text : texts.getOrDefault(w.key(), List.of())) {
        labelled++;
        for (Double v : new Double[] {w.value(), w.ciLow(), w.ciHigh()}) {
          if (v != null) {
            // as a number of its own, not a digit of a label such as 2025Q1
            String number = "(?<![\\d.])" + Pattern.quote(Cells.number(v, w.unit())) + "(?![\\d])";
            assertThat(Pattern.compile(number).matcher(text).find()).as("row %s shows %s: %s", w.key(), v, text).isFalse();
          }
        }
      }
      // at full precision anywhere in the page, inside a record that names this row
      if (w.value() != null) assertNotInRecordOf(page, Double.toString(w.value()), w);
    }
    return labelled;
  }
}
