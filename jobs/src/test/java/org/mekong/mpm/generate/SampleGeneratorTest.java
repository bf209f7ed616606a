package org.mekong.mpm.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.testing.Repo;

class SampleGeneratorTest {
  static final LocalDate EXTRACT = LocalDate.of(2026, 10, 5);
  @TempDir static Path dir;
  static Path sample;

  /** One country's parsed files: data rows split into fields, header excluded. */
  record Files2(List<String[]> cases, List<String[]> events) {}

  @BeforeAll
  static void generateDefaultSample() throws IOException {
    sample = dir.resolve("sample");
    SampleGenerator.generate(sample, 3000, 2026, EXTRACT);
  }

  static Path folder(Path root, String country) {
    return root.resolve(country).resolve(SampleGenerator.extractDates(EXTRACT).get(country).toString());
  }

  static List<String[]> rows(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String l : lines.subList(1, lines.size())) out.add(l.split(",", -1));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Files2 read(String country) {
    Path f = folder(sample, country);
    return new Files2(rows(f.resolve("cases.csv")), rows(f.resolve("events.csv")));
  }

  static Map<String, byte[]> allFiles(Path root) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
    }
    return files;
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Path again = dir.resolve("again");
    Path other = dir.resolve("other");
    SampleGenerator.generate(again, 3000, 2026, EXTRACT);
    SampleGenerator.generate(other, 3000, 7, EXTRACT);
    Map<String, byte[]> a = allFiles(sample);
    Map<String, byte[]> b = allFiles(again);
    assertThat(a).hasSize(18).containsOnlyKeys(b.keySet());
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    assertThat(allFiles(other).get("THA/2026-10-05/cases.csv")).isNotEqualTo(a.get("THA/2026-10-05/cases.csv"));
  }

  @Test
  void writesExactlyTheRequestedNumberOfCasesInSixSubmissions() throws IOException {
    long cases = 0;
    for (String c : Codes.GMS) cases += read(c).cases().size();
    assertThat(cases).isEqualTo(3000);
    assertThat(SampleGenerator.extractDates(EXTRACT)).containsEntry("LAO", EXTRACT.minusDays(21)).containsEntry("THA", EXTRACT);
  }

  @Test
  void manifestsDescribeTheirFilesExactly() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String c : Codes.GMS) {
      Path f = folder(sample, c);
      try (Stream<Path> s = Files.list(f)) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("manifest.json", "cases.csv", "events.csv");
      }
      JsonNode m = json.readTree(f.resolve("manifest.json").toFile());
      assertThat(m.get("format").asText()).isEqualTo("gms-case-extract");
      assertThat(m.get("format_version").asText()).isEqualTo("1.0");
      assertThat(m.get("reporting_country").asText()).isEqualTo(c);
      assertThat(m.get("extract_date").asText()).isEqualTo(f.getFileName().toString());
      assertThat(m.get("linkage_key_id").asText()).isEqualTo("regional-demo-2026");
      for (String name : List.of("cases.csv", "events.csv")) {
        byte[] bytes = Files.readAllBytes(f.resolve(name));
        JsonNode entry = m.get("files").get(name);
        assertThat(entry.get("sha256").asText())
            .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").doesNotContain("\"").endsWith("\n");
        assertThat(entry.get("rows").asLong()).isEqualTo(text.chars().filter(ch -> ch == '\n').count() - 1);
      }
    }
  }

  @Test
  void headersListTheColumnsInSpecOrder() throws IOException {
    Path f = folder(sample, "THA");
    assertThat(Files.readAllLines(f.resolve("cases.csv")).get(0)).isEqualTo(
        "case_id,person_token,sex,age_at_identification,age_uncertain,presumed_child,nationality,case_type,"
            + "country_of_exploitation,exploitation_types,bilateral_ref");
    assertThat(Files.readAllLines(f.resolve("events.csv")).get(0))
        .isEqualTo("case_id,event_type,event_date,detail,counterpart_country,flags");
  }

  @Test
  void nearlyEveryRowIsValidAndTheDeliberateDefectsStayFarBelowFivePercent() {
    int defectiveCountries = 0;
    for (String c : Codes.GMS) {
      Files2 f = read(c);
      LocalDate extract = SampleGenerator.extractDates(EXTRACT).get(c);
      Set<String> ids = new HashSet<>();
      int bad = 0;
      for (String[] k : f.cases()) {
        if (FormatRules.validCase(k) && ids.add(k[0])) continue;
        bad++;
      }
      for (String[] e : f.events()) {
        if (!FormatRules.validEvent(e, c, extract, ids)) bad++;
        assertThat(e.length == 6 && e[2].matches("\\d{4}-\\d{2}-\\d{2}") && e[2].compareTo(extract.toString()) > 0)
            .as("an event after the extract date in %s", c).isFalse();
      }
      int rows = f.cases().size() + f.events().size();
      assertThat(bad).as("invalid rows in %s", c).isLessThan(rows / 100);
      if (Defects.ROW_DEFECTS.contains(c)) assertThat(bad).as("deliberate defects in %s", c).isPositive();
      else assertThat(bad).as("invalid rows in %s", c).isZero();
      if (bad > 0) defectiveCountries++;
    }
    assertThat(defectiveCountries).isEqualTo(Defects.ROW_DEFECTS.size());
  }

  @Test
  void bothSidesOfAReturnShareTheBilateralReferenceAndTheToken() {
    Map<String, String> departedTokenByRef = new HashMap<>();
    for (String[] k : read("THA").cases()) if (!k[10].isEmpty() && !k[1].isEmpty()) departedTokenByRef.put(k[10], k[1]);
    int matched = 0;
    for (String receiver : List.of("MMR", "KHM", "LAO")) {
      for (String[] k : read(receiver).cases()) {
        if (k[7].equals("RETURNEE") && departedTokenByRef.containsKey(k[10]) && k[1].equals(departedTokenByRef.get(k[10]))) {
          matched++;
        }
      }
    }
    assertThat(matched).isGreaterThan(50);
  }

  @Test
  void someReturneesAreFoundAgainAbroadUnderTheSameToken() {
    Set<String> returneeTokens = new HashSet<>();
    for (String c : Codes.GMS) for (String[] k : read(c).cases()) if (k[7].equals("RETURNEE") && !k[1].isEmpty()) returneeTokens.add(k[1]);
    long again = Stream.of("THA", "CHN").flatMap(c -> read(c).cases().stream())
        .filter(k -> k[7].equals("IDENTIFIED_HERE") && returneeTokens.contains(k[1])).count();
    assertThat(again).isPositive();
  }

  @Test
  void everyCaseTypeAndEveryEventTypeOccurs() {
    Set<String> caseTypes = new HashSet<>();
    Set<String> eventTypes = new HashSet<>();
    for (String c : Codes.GMS) {
      read(c).cases().forEach(k -> caseTypes.add(k[7]));
      read(c).events().forEach(e -> eventTypes.add(e[1]));
    }
    assertThat(caseTypes).containsExactlyInAnyOrder("IDENTIFIED_HERE", "RETURNEE", "SELF_RETURNED");
    assertThat(eventTypes).containsAll(FormatRules.EVENT_TYPES);
  }

  @Test
  void theCommittedSampleIsExactlyTheDefaultCommandsOutput() throws IOException {
    Path committed = Repo.path("data-samples");
    Map<String, byte[]> expected = allFiles(sample);
    Map<String, byte[]> actual = allFiles(committed);
    actual.remove("README.md");
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void theGenerateCommandRejectsABadExtractDateAsAUsageError() {
    assertThat(Mpm.execute("generate", "--out", dir.resolve("x").toString(), "--extract-date", "05/10/2026"))
        .isEqualTo(Mpm.USAGE);
  }

  @Test
  void theGenerateCommandWritesTheSubmissions() {
    Path out = dir.resolve("cli");
    assertThat(Mpm.execute("generate", "--out", out.toString(), "--cases", "200", "--seed", "5")).isZero();
    assertThat(out.resolve("LAO/2026-09-14/manifest.json")).exists();
  }
}
