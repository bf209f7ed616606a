package org.mekong.mpm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;

class RegionalReportTest {
  @TempDir static Path tmp;
  static Path annual;
  static Path quarterly;
  static String html;
  static String legacyHtml;

  @BeforeAll
  static void render() throws Exception {
    annual = ReportFixture.build(tmp.resolve("annual"), true);
    quarterly = ReportFixture.build(tmp.resolve("quarterly"), false);
    html = RegionalReport.render(annual, LocalDate.of(2025, 5, 3));
    legacyHtml = RegionalReport.render(quarterly, LocalDate.of(2025, 5, 3));
    // -Dmpm.report.dump=DIR keeps the fixture's reports for looking at
    String dump = System.getProperty("mpm.report.dump");
    if (dump != null) {
      Files.createDirectories(Path.of(dump));
      Files.writeString(Path.of(dump, "annual.html"), html);
      Files.writeString(Path.of(dump, "quarterly.html"), legacyHtml);
    }
  }

  @Test
  void everySectionOnceInOrder() {
    int last = -1;
    for (Section s : Section.values()) {
      int at = html.indexOf("<h2>" + s.heading() + "</h2>");
      assertThat(at).as(s.heading()).isGreaterThan(last);
      assertThat(html.indexOf("<h2>" + s.heading() + "</h2>", at + 1)).isNegative();
      last = at;
    }
  }

  @Test
  void selfContainedNothingToFetch() {
    assertThat(html.contains("t.version=\"5.3.1\"")).as("ECharts inlined").isTrue();
    assertThat(html.contains("renderer: 'svg'")).as("SVG renderer").isTrue();
    // the page's own parts (the library is checked by loading the page in Chromium)
    String own = ReportChecks.withoutLibrary(html);
    assertThat(own).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b");
    assertThat(own).doesNotContainPattern("(?i)<script[^>]*\\bsrc=");
    assertThat(own).doesNotContainPattern("(?i)\\b(src|href)\\s*=\\s*\"?(https?:|//)");
    assertThat(own).doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)");
    assertThat(own).doesNotContain("@import");
  }

  @Test
  void leadsWithTheLastCompleteYearAndTheLatestQuarter() throws Exception {
    JsonNode data = ReportChecks.embeddedData(html);
    assertThat(data.path("leadPeriods").toString()).isEqualTo("[\"2024\",\"2025Q1\"]");
    assertThat(data.path("release").asText()).isEqualTo("run-002");
    assertThat(ReportChecks.withoutLibrary(html)).contains("2024 (last complete year)").contains("2025Q1 (latest quarter)");
    assertThat(data.path("corridors").path("period").asText()).isEqualTo("2024");
  }

  @Test
  void withoutPeriodTypeTheReportSaysNoAnnualFiguresAreShown() throws Exception {
    JsonNode data = ReportChecks.embeddedData(legacyHtml);
    assertThat(data.path("leadPeriods").toString()).isEqualTo("[\"2025Q1\"]");
    assertThat(ReportChecks.withoutLibrary(legacyHtml)).contains("No annual figures are published in this release")
        .contains("publishes each run directly").contains("No record of revisions");
    ReportChecks.assertAbsent(html, "No annual figures are published", "the annual warehouse's report");
  }

  /** Each figure cell shows its public row as the marts hold it: value, interval and status mark. */
  @Test
  void figureCellsShowThePublishedRow() throws Exception {
    Map<String, List<String>> texts = ReportChecks.rowTexts(html);
    int checked = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT period, indicator_id, country, value, ci_low, ci_high, status, unit FROM "
            + ReportFixture.mart(annual, "marts", "indicator_values")
            + " WHERE counterpart_country = 'ALL' AND period IN ('2024', '2025Q1') AND indicator_id = 'IDN-02'")) {
      while (rs.next()) {
        String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|ALL";
        String status = rs.getString(7);
        String expected = switch (status) {
          case "SUPPRESSED" -> "suppressed";
          case "NO_DATA" -> "no data";
          case "NO_SUBMISSION" -> "no submission";
          default -> String.format(java.util.Locale.ROOT, "%.1f (%.1f–%.1f) %s", rs.getDouble(4), rs.getDouble(5),
              rs.getDouble(6), status.equals("MET") ? "✓" : "✗");
        };
        assertThat(texts.get(key)).as(key).contains(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(14);
  }

  @Test
  void holdsNoValueThePublicTierSuppresses() throws Exception {
    List<ReportChecks.Withheld> withheld = ReportChecks.withheld((tier, mart) -> ReportFixture.mart(annual, tier, mart));
    assertThat(withheld).hasSizeGreaterThan(20);
    assertThat(ReportChecks.assertNothingWithheld(html, withheld)).as("suppressed rows the page labels").isGreaterThan(10);
    // the survival tail withheld from the public tier
    ReportChecks.assertAbsent(ReportChecks.withoutLibrary(html), "0.8123", "THA's suppressed survival");
    ReportChecks.assertAbsent(ReportChecks.withoutLibrary(html), "81.2", "THA's suppressed survival");
  }

  @Test
  void holdsNoCaseId() throws Exception {
    List<String> ids = ReportChecks.restrictedStrings((tier, mart) -> ReportFixture.mart(annual, tier, mart),
        "SELECT case_id FROM %s UNION ALL SELECT bilateral_ref FROM %1$s");
    assertThat(ids).containsAll(ReportFixture.CASE_IDS);
    for (String id : ids) ReportChecks.assertAbsent(html, id, "case id or bilateral reference");
  }

  @Test
  void showsTheReleaseItsApprovalsAndWhatChanged() {
    assertThat(ReportChecks.withoutLibrary(html)).contains("<th>approved by the national focal points of</th><td>CHN KHM LAO THA VNM</td>")
        .contains("<td>run-000</td><td>WITHDRAWN</td>")
        .contains("Compared with release <b>run-001</b>");
    // a figure now suppressed is listed without its former value
    Map<String, List<String>> texts = ReportChecks.rowTexts(html);
    assertThat(texts.values().stream().flatMap(List::stream).filter(t -> t.contains("now suppressed")))
        .isNotEmpty().allMatch(t -> t.endsWith("now suppressed published suppressed"));
  }

  @Test
  void escapesCatalogueText() {
    assertThat(html.contains("Definition of IDN-01: cases &lt;screened&gt; &amp; counted")).isTrue();
    ReportChecks.assertAbsent(html, "<screened>", "unescaped catalogue text");
  }

  @Test
  void commandWritesTheReportAndRefusesAWarehouseWithoutMarts() throws Exception {
    Path out = tmp.resolve("out/report.html");
    assertThat(Mpm.execute("report", "--warehouse", annual.toString(), "--out", out.toString())).isZero();
    assertThat(Files.readString(out).contains(Section.RELEASE.heading())).isTrue();

    Path empty = Files.createDirectories(tmp.resolve("empty-wh"));
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Mpm.execute("report", "--warehouse", empty.toString(), "--out", tmp.resolve("x.html").toString()))
          .isEqualTo(Mpm.USAGE);
      assertThat(Mpm.execute("report", "--warehouse", tmp.resolve("nowhere").toString(), "--out", "x.html"))
          .isEqualTo(Mpm.USAGE);
    } finally {
      System.setErr(err);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("no published marts at").doesNotContain("Exception");
  }

  @Test
  void withoutChromiumThePdfFailsInOneLineAndTheHtmlIsWritten() throws Exception {
    Path out = tmp.resolve("nochrome/report.html");
    System.setProperty(ChromiumPdf.PROPERTY, tmp.resolve("no-such-chromium").toString());
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Mpm.execute("report", "--warehouse", annual.toString(), "--out", out.toString(),
          "--pdf", tmp.resolve("nochrome/report.pdf").toString())).isEqualTo(Mpm.FAILURE);
    } finally {
      System.setErr(err);
      System.clearProperty(ChromiumPdf.PROPERTY);
    }
    assertThat(out).exists();
    assertThat(tmp.resolve("nochrome/report.pdf")).doesNotExist();
    assertThat(buf.toString(StandardCharsets.UTF_8).strip()).startsWith("mpm: no PDF: Chromium is not installed")
        .doesNotContain("\n");
  }

  /** The estimate at a day is the last event day's on or before it; a withheld tail stays withheld. */
  @Test
  void survivalAtADay() {
    List<MartRows.Row> curve = List.of(km(30, 0.98), km(120, 0.9412), km(200, null));
    assertThat(ReportPage.survivalAt(curve, 10)).isEqualTo("100.0 %");
    assertThat(ReportPage.survivalAt(curve, 30)).isEqualTo("98.0 %");
    assertThat(ReportPage.survivalAt(curve, 119)).isEqualTo("98.0 %");
    assertThat(ReportPage.survivalAt(curve, 180)).isEqualTo("94.1 %");
    assertThat(ReportPage.survivalAt(curve, 365)).isEqualTo("suppressed");
    List<MartRows.Row> shortCurve = List.of(km(30, 0.98), km(120, 0.9412));
    assertThat(ReportPage.survivalAt(shortCurve, 120)).isEqualTo("94.1 %");
    assertThat(ReportPage.survivalAt(shortCurve, 121)).isEqualTo("—");
  }

  private static MartRows.Row km(long day, Double survival) {
    java.util.Map<String, Object> m = new java.util.HashMap<>();
    m.put("day", day);
    m.put("survival", survival);
    return new MartRows.Row(m);
  }
}
