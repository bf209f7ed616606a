package org.mekong.mpm.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SharedSpark;
import org.mekong.mpm.warehouse.RunLock;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * The whole sign-off cycle through the command line on data-samples: run → six approvals → publish
 * → run with THA's corrected export → THA's review pack → approvals → publish → revisions →
 * rollback → history; then a run without THA. Every refused command leaves every state file and
 * link as it was. Three runs of the job in all (each costs ~20 s).
 */
@ExtendWith(SharedSpark.class)
class ReleaseCycleTest {
  private static final List<String> SIX = List.of("CHN", "KHM", "LAO", "MMR", "THA", "VNM");
  private static final String KEY = "period, indicator_id, country, sex, age_group, nationality, exploitation_type,"
      + " counterpart_country";

  private Path wh;

  @Test
  void runApprovePublishReviseRollBackAndExclude(SparkSession spark) throws Exception {
    wh = Files.createTempDirectory("mpm-release-cycle-");
    Path corrected = correctedThaExport();

    // 1. a run ends in DRAFT: restricted current switched, public untouched
    assertThat(run(Repo.path("data-samples"))).isZero();
    String first = newest().runId();
    assertThat(newest().state()).isEqualTo(ReleaseState.DRAFT);
    assertThat(newest().countries()).isEqualTo(SIX);
    assertThat(link("restricted")).isEqualTo(first);
    assertThat(Files.exists(wh.resolve("marts/current"))).isFalse();
    refusalsOnADraft(first);

    approveAll(first, SIX);
    assertThat(store().get(first).state()).isEqualTo(ReleaseState.APPROVED);
    refused(Mpm.USAGE, "approve", "--release", first, "--country", "THA", "--by", "THA focal point");
    assertThat(mpm("publish", "--release", first)).isZero();
    assertThat(link("marts")).isEqualTo(first);
    assertThat(rows("SELECT count(*) FROM " + mart("marts", first, "revisions"))).containsExactly("0");
    assertThat(rows("SELECT run_id, state, countries, approved_countries FROM " + mart("marts", first, "releases")))
        .containsExactly(first + "|PUBLISHED|CHN KHM LAO MMR THA VNM|CHN KHM LAO MMR THA VNM");
    Map<String, String> firstPublicBytes = digests(wh.resolve("marts/current"));
    refused(Mpm.USAGE, "rollback", "--by", "secretariat", "--note", "nothing earlier");
    refused(Mpm.REJECTED, "publish", "--release", first);
    refused(Mpm.USAGE, "withdraw", "--release", first, "--by", "secretariat", "--note", "published");

    // 2. THA's corrected export: a new draft, the public tier still shows the first release
    assertThat(run(corrected)).isZero();
    String second = newest().runId();
    assertThat(second).isNotEqualTo(first);
    assertThat(link("marts")).isEqualTo(first);
    assertThat(link("restricted")).isEqualTo(second);
    Path pack = wh.resolveSibling(wh.getFileName() + "-pack-THA");
    assertThat(mpm("review", "--release", second, "--country", "THA", "--out", pack.toString())).isZero();
    approveAll(second, SIX);
    assertThat(mpm("publish", "--release", second)).isZero();
    assertThat(link("marts")).isEqualTo(second);
    assertThat(store().get(first).state()).isEqualTo(ReleaseState.SUPERSEDED);

    // 3. revisions: exactly the public rows that differ, as DuckDB finds them on the two releases
    List<String> revisions = rows("SELECT " + KEY + ", old_status, new_status, old_numerator, new_numerator,"
        + " old_denominator, new_denominator, old_value, new_value, previous_run_id, run_id FROM "
        + mart("marts", second, "revisions"));
    String cols = KEY + ", numerator, denominator, value, status";
    String a = "SELECT " + cols + " FROM " + mart("marts", first, "indicator_values");
    String b = "SELECT " + cols + " FROM " + mart("marts", second, "indicator_values");
    List<String> expected = rows("WITH changed AS (SELECT " + KEY + " FROM (" + b + " EXCEPT " + a + ")"
        + " UNION SELECT " + KEY + " FROM (" + a + " EXCEPT " + b + ")),"
        + " o AS (" + a + "), n AS (" + b + ")"
        + " SELECT " + keyOf("c") + ", o.status, n.status, o.numerator, n.numerator, o.denominator, n.denominator,"
        + " o.value, n.value, '" + first + "', '" + second + "' FROM changed c"
        + " LEFT JOIN o USING (" + KEY + ") LEFT JOIN n USING (" + KEY + ")");
    assertThat(revisions).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rows("SELECT DISTINCT change FROM " + mart("marts", second, "revisions")))
        .contains("REVISED").allMatch(c -> List.of("NEW", "REVISED", "NOW_SUPPRESSED", "NOW_SHOWN", "REMOVED").contains(c));

    // 4. THA's review pack shows exactly THA's changed public rows, and nothing of other countries
    List<String> packPublic = new ArrayList<>();
    for (String line : Files.readAllLines(pack.resolve("changes.csv")).subList(1, Files.readAllLines(pack.resolve("changes.csv")).size())) {
      String[] f = line.split(",", -1);
      if (f[0].equals("public")) packPublic.add(String.join("|", List.of(f).subList(1, 9)));
    }
    List<String> thaRevisions = rows("SELECT " + KEY + " FROM " + mart("marts", second, "revisions")
        + " WHERE country = 'THA'");
    assertThat(packPublic).isNotEmpty().containsExactlyInAnyOrderElementsOf(thaRevisions);
    assertThat(Files.readString(pack.resolve("changes.csv"))).contains("SUPERSEDED_EXTRACT");
    assertReviewPackIsThaOnly(pack);

    // 5. rollback: the first release is current again, byte for byte; the second is withdrawn
    assertThat(mpm("rollback", "--by", "secretariat", "--note", "THA figure wrong")).isZero();
    assertThat(link("marts")).isEqualTo(first);
    assertThat(digests(wh.resolve("marts/current"))).isEqualTo(firstPublicBytes);
    assertThat(store().get(first).state()).isEqualTo(ReleaseState.PUBLISHED);
    assertThat(store().get(second).state()).isEqualTo(ReleaseState.WITHDRAWN);

    // 6. the history has every step, in order
    List<String> history = new ArrayList<>();
    for (String line : Files.readAllLines(wh.resolve("restricted/releases/history.jsonl"))) {
      JsonNode n = new ObjectMapper().readTree(line);
      history.add(n.get("run_id").asText() + " " + n.get("from").asText() + ">" + n.get("to").asText()
          + (n.has("country") ? " " + n.get("country").asText() : ""));
    }
    List<String> steps = new ArrayList<>();
    for (String id : List.of(first, second)) {
      steps.add(id + " null>DRAFT");
      if (id.equals(first)) {
        steps.add(id + " DRAFT>DRAFT KHM"); // approved, then revoked
        steps.add(id + " DRAFT>DRAFT KHM");
      }
      for (String c : SIX) steps.add(id + " DRAFT>" + (c.equals("VNM") ? "APPROVED" : "DRAFT") + " " + c);
      if (id.equals(second)) steps.add(first + " PUBLISHED>SUPERSEDED");
      steps.add(id + " APPROVED>PUBLISHED");
    }
    steps.add(second + " PUBLISHED>WITHDRAWN");
    steps.add(first + " SUPERSEDED>PUBLISHED");
    assertThat(history).containsExactlyElementsOf(steps);

    excludingThailand(corrected, first);
  }

  /** {@code run --exclude THA}: THA's rows NO_SUBMISSION, cross-border rows against THA gone, five approvals. */
  private void excludingThailand(Path input, String withThailand) throws Exception {
    assertThat(run(input, "--exclude", "THA")).isZero();
    Release r = newest();
    assertThat(r.countries()).containsExactly("CHN", "KHM", "LAO", "MMR", "VNM");
    assertThat(r.excluded()).containsExactly("THA");
    String iv = mart("restricted", r.runId(), "indicator_values");
    assertThat(rows("SELECT DISTINCT status FROM " + iv + " WHERE country = 'THA'")).containsExactly("NO_SUBMISSION");
    String againstTha = " WHERE indicator_id IN ('RET-07', 'RET-08') AND counterpart_country = 'THA' AND denominator > 0";
    assertThat(rows("SELECT count(*) FROM " + mart("restricted", withThailand, "indicator_values") + againstTha))
        .as("with THA, returns to THA are observed").doesNotContain("0");
    assertThat(rows("SELECT count(*) FROM " + iv + againstTha)).containsExactly("0");
    refused(Mpm.USAGE, "approve", "--release", r.runId(), "--country", "THA", "--by", "THA focal point");
    approveAll(r.runId(), List.of("CHN", "KHM", "LAO", "MMR", "VNM"));
    assertThat(store().get(r.runId()).state()).isEqualTo(ReleaseState.APPROVED);
    assertThat(mpm("publish", "--release", r.runId())).isZero();
    assertThat(link("marts")).isEqualTo(r.runId());
  }

  /** Every refusal on a draft: its exit status, and nothing changed. */
  private void refusalsOnADraft(String id) throws Exception {
    refused(Mpm.USAGE, "approve", "--release", "20990101T000000Z-ffff", "--country", "THA", "--by", "x");
    refused(Mpm.USAGE, "approve", "--release", "../../etc", "--country", "THA", "--by", "x");
    refused(Mpm.USAGE, "approve", "--release", id, "--country", "IDN", "--by", "x");
    refused(Mpm.USAGE, "approve", "--release", id, "--country", "tha", "--by", "x");
    refused(Mpm.REJECTED, "publish", "--release", id);
    refused(Mpm.USAGE, "publish", "--release", "20990101T000000Z-ffff");
    refused(Mpm.USAGE, "rollback", "--by", "secretariat", "--note", "nothing published");
    refused(Mpm.USAGE, "revoke", "--release", id, "--country", "THA", "--by", "x", "--note", "never approved");
    assertThat(mpm("approve", "--release", id, "--country", "KHM", "--by", "KHM focal point")).isZero();
    refused(Mpm.USAGE, "approve", "--release", id, "--country", "KHM", "--by", "KHM focal point");
    assertThat(mpm("revoke", "--release", id, "--country", "KHM", "--by", "KHM focal point", "--note", "typo")).isZero();
    try (RunLock held = RunLock.acquire(Warehouse.open(wh))) {
      refused(Mpm.FAILURE, "approve", "--release", id, "--country", "KHM", "--by", "x");
    }
    List<String> lines = Files.readAllLines(wh.resolve("restricted/releases/history.jsonl"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("\"country\":\"KHM\"", "\"note\":\"typo\"");
  }

  private void assertReviewPackIsThaOnly(Path pack) throws IOException {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pack))).isEqualTo("rwx------");
    String html = Files.readString(pack.resolve("index.html"));
    assertThat(html).doesNotContainIgnoringCase("http").contains("<style>", "THA-20");
    Pattern otherCaseId = Pattern.compile("(CHN|KHM|LAO|MMR|VNM)-[0-9]{4}-[0-9]{6}");
    try (Stream<Path> files = Files.list(pack)) {
      for (Path f : files.toList()) {
        assertThat(otherCaseId.matcher(Files.readString(f)).find()).as(f.toString()).isFalse();
      }
    }
    List<String> exceptions = Files.readAllLines(pack.resolve("return_exceptions.csv"));
    assertThat(exceptions.size()).isGreaterThan(1);
    assertThat(exceptions.subList(1, exceptions.size())).allMatch(l -> l.startsWith("THA,THA-"));
  }

  /** A refused command: its exit status, and every state file, the history and both links unchanged. */
  private void refused(int status, String... args) throws Exception {
    Map<String, String> before = state();
    assertThat(mpm(args)).as(String.join(" ", args)).isEqualTo(status);
    assertThat(state()).as("state after " + String.join(" ", args)).isEqualTo(before);
  }

  private Map<String, String> state() throws IOException {
    Map<String, String> s = new TreeMap<>();
    for (String tier : List.of("marts", "restricted")) {
      Path link = wh.resolve(tier).resolve("current");
      s.put(tier + "/current", Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : "-");
    }
    try (Stream<Path> files = Files.walk(wh.resolve("restricted/releases"), 2)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) s.put(wh.relativize(f).toString(), Files.readString(f));
    }
    try (Stream<Path> dirs = Files.list(wh.resolve("marts/releases"))) {
      for (Path d : dirs.toList()) {
        try (Stream<Path> marts = Files.list(d)) {
          s.put(wh.relativize(d).toString(), marts.map(p -> p.getFileName().toString()).sorted().toList().toString());
        }
      }
    }
    return s;
  }

  private void approveAll(String id, List<String> countries) {
    for (String c : countries) {
      assertThat(mpm("approve", "--release", id, "--country", c, "--by", c + " focal point")).as(c).isZero();
    }
  }

  private int run(Path input, String... more) {
    List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--warehouse", wh.toString(),
        "--shuffle-partitions", "2"));
    args.addAll(List.of(more));
    return Mpm.execute(args.toArray(String[]::new));
  }

  private int mpm(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--warehouse");
    all.add(wh.toString());
    return Mpm.execute(all.toArray(String[]::new));
  }

  private ReleaseStore store() {
    return new ReleaseStore(Warehouse.open(wh));
  }

  private Release newest() {
    return store().all().get(0);
  }

  private String link(String tier) throws IOException {
    return Files.readSymbolicLink(wh.resolve(tier).resolve("current")).getFileName().toString();
  }

  private String mart(String tier, String runId, String mart) {
    return "read_parquet('" + wh.resolve(tier).resolve("releases").resolve(runId).resolve(mart) + "/*.parquet')";
  }

  private static String keyOf(String alias) {
    StringBuilder b = new StringBuilder();
    for (String k : KEY.split(", ")) b.append(b.length() == 0 ? "" : ", ").append(alias).append('.').append(k);
    return b.toString();
  }

  /** Rows as {@code a|b|c} strings (null as "null"). */
  private static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(String.valueOf(rs.getObject(i)));
        out.add(String.join("|", row));
      }
    }
    return out;
  }

  /** SHA-256 of every file under a folder (links followed), by relative path. */
  private static Map<String, String> digests(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    Path real = dir.toRealPath();
    try (Stream<Path> files = Files.walk(real)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(real.relativize(f).toString(), HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  /**
   * data-samples with THA's export corrected in place (same extract date): every 25th case and its
   * events removed, the manifest's counts and checksums updated, so the export stays valid.
   */
  private static Path correctedThaExport() throws Exception {
    Path root = Files.createTempDirectory("mpm-corrected-");
    Path src = Repo.path("data-samples");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path q = root.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(q);
        else Files.copy(p, q);
      }
    }
    Path tha = root.resolve("THA/2026-10-05");
    List<String> cases = Files.readAllLines(tha.resolve("cases.csv"), StandardCharsets.UTF_8);
    List<String> dropped = new ArrayList<>();
    List<String> kept = new ArrayList<>(List.of(cases.get(0)));
    for (String l : cases.subList(1, cases.size())) {
      String id = l.substring(0, l.indexOf(','));
      if (Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) % 25 == 0) dropped.add(id);
      else kept.add(l);
    }
    assertThat(dropped).hasSizeGreaterThan(20);
    List<String> events = Files.readAllLines(tha.resolve("events.csv"), StandardCharsets.UTF_8);
    List<String> keptEvents = new ArrayList<>(List.of(events.get(0)));
    for (String l : events.subList(1, events.size())) {
      if (!dropped.contains(l.substring(0, l.indexOf(',')))) keptEvents.add(l);
    }
    Files.writeString(tha.resolve("cases.csv"), String.join("\n", kept) + "\n");
    Files.writeString(tha.resolve("events.csv"), String.join("\n", keptEvents) + "\n");
    ObjectMapper json = new ObjectMapper();
    ObjectNode manifest = (ObjectNode) json.readTree(tha.resolve("manifest.json").toFile());
    for (String f : List.of("cases.csv", "events.csv")) {
      ObjectNode entry = (ObjectNode) manifest.get("files").get(f);
      entry.put("rows", Files.readAllLines(tha.resolve(f)).size() - 1);
      entry.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(tha.resolve(f)))));
    }
    json.writerWithDefaultPrettyPrinter().writeValue(tha.resolve("manifest.json").toFile(), manifest);
    return root;
  }
}
