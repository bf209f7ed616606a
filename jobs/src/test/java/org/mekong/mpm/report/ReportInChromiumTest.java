package org.mekong.mpm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;

/**
 * The report as a reader's browser shows it: loaded in a real headless Chromium (the Debian
 * {@code chromium} package; .ci/run installs it), driven over the DevTools protocol. Skipped, with a
 * notice, where no Chromium is installed.
 */
class ReportInChromiumTest {
  @TempDir static Path tmp;
  static Path chromium;
  static Path html;
  static DevTools browser;
  static String url;

  @BeforeAll
  static void load() throws Exception {
    Optional<Path> found = ChromiumPdf.find();
    if (found.isEmpty()) {
      System.err.println("NOTICE: ReportInChromiumTest skipped: no Chromium installed (apt-get install chromium).");
    }
    Assumptions.assumeTrue(found.isPresent(), "no Chromium installed: the report's browser tests are skipped");
    chromium = found.get();
    Path wh = ReportFixture.build(tmp.resolve("wh"), true);
    html = tmp.resolve("report.html");
    RegionalReport.write(wh, html, LocalDate.of(2025, 5, 3));
    url = html.toUri().toString();
    browser = DevTools.launch(chromium, Files.createDirectories(tmp.resolve("profile")), 900, 1200);
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) browser.page(domain + ".enable", browser.params());
    browser.page("Page.navigate", browser.params().put("url", url));
    browser.await("Page.loadEventFired", 120);
  }

  @AfterAll
  static void close() {
    if (browser != null) browser.close();
  }

  @Test
  void loadsWithoutConsoleErrorOrNetworkRequest() {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : browser.events(m -> m.equals("Runtime.exceptionThrown"))) problems.add(e.toString());
    for (JsonNode e : browser.events(m -> m.equals("Runtime.consoleAPICalled"))) {
      String type = e.path("params").path("type").asText();
      if (List.of("error", "warning", "assert").contains(type)) problems.add(e.toString());
    }
    for (JsonNode e : browser.events(m -> m.equals("Log.entryAdded"))) {
      String level = e.path("params").path("entry").path("level").asText();
      if (List.of("error", "warning").contains(level)) problems.add(e.toString());
    }
    assertThat(problems).as("console errors and warnings").isEmpty();
    List<String> requests = browser.events(m -> m.equals("Network.requestWillBeSent")).stream()
        .map(e -> e.path("params").path("request").path("url").asText()).toList();
    assertThat(requests).as("the only request is the file itself").containsExactly(url);
  }

  /** Every chart placeholder holds an SVG with data marks: paths in the report's data colours. */
  @Test
  void everyChartHasDrawn() throws Exception {
    String script = """
        JSON.stringify(Array.from(document.querySelectorAll('[data-chart]')).map(function (e) {
          var marks = Array.from(e.querySelectorAll('svg path, svg circle')).filter(function (p) {
            var c = ((p.getAttribute('fill') || '') + ' ' + (p.getAttribute('stroke') || '')).toLowerCase();
            return /#1a7f4b|#c2410c|#1d2733|#d62728|#1f77b4|#2ca02c|#9467bd|#ff7f0e|#17becf|#111111|rgb\\(/.test(c);
          });
          return { kind: e.getAttribute('data-chart'), id: e.getAttribute('data-indicator') || '',
                   svg: e.querySelectorAll('svg').length, width: e.getBoundingClientRect().width, marks: marks.length };
        }))""";
    JsonNode r = browser.page("Runtime.evaluate", browser.params().put("expression", script).put("returnByValue", true));
    JsonNode charts = new ObjectMapper().readTree(r.path("result").path("value").asText());
    // 8 lead panels (rates and days of the headline set), 11 trends, 2 corridors, 1 survival curve
    assertThat(charts.size()).isEqualTo(22);
    for (JsonNode c : charts) {
      assertThat(c.path("svg").asInt()).as("svg of %s", c).isEqualTo(1);
      assertThat(c.path("width").asDouble()).as("width of %s", c).isGreaterThan(200);
      assertThat(c.path("marks").asInt()).as("data marks of %s", c).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void fullPageScreenshotIsNotBlank() throws Exception {
    JsonNode metrics = browser.page("Page.getLayoutMetrics", browser.params());
    double width = metrics.path("cssContentSize").path("width").asDouble();
    double height = metrics.path("cssContentSize").path("height").asDouble();
    assertThat(height).as("a long report").isGreaterThan(3000);
    var params = browser.params().put("format", "png").put("captureBeyondViewport", true);
    params.putObject("clip").put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 0.5);
    byte[] png = Base64.getDecoder().decode(browser.page("Page.captureScreenshot", params).path("data").asText());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    long ink = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int lum = ((rgb >> 16 & 255) * 3 + (rgb >> 8 & 255) * 6 + (rgb & 255)) / 10;
        if (lum < 160) ink++;
      }
    }
    double share = ink / (double) ((img.getWidth() / 2) * (img.getHeight() / 2));
    assertThat(share).as("share of dark pixels").isGreaterThan(0.01);
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
  }

  /** The command's PDF (Chromium's own print engine) starts each section on a new page, in order. */
  @Test
  void pdfHasEverySectionOnItsOwnPages() throws Exception {
    Path wh = tmp.resolve("wh");
    Path pdf = tmp.resolve("out/report.pdf");
    assertThat(Mpm.execute("report", "--warehouse", wh.toString(), "--out", tmp.resolve("out/report.html").toString(),
        "--pdf", pdf.toString())).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(Section.values().length);
      PDFTextStripper text = new PDFTextStripper();
      int previous = 0;
      for (Section s : Section.values()) {
        int page = firstPageWith(doc, text, s.heading(), previous + 1, pages);
        assertThat(page).as("%s starts a page after the previous section", s.heading()).isGreaterThan(previous);
        previous = page;
      }
    }
  }

  private static int firstPageWith(PDDocument doc, PDFTextStripper text, String heading, int from, int pages)
      throws Exception {
    for (int p = from; p <= pages; p++) {
      text.setStartPage(p);
      text.setEndPage(p);
      if (text.getText(doc).replaceAll("\\s+", " ").contains(heading)) return p;
    }
    return -1;
  }
}
