package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScanTest {
  @TempDir Path root;

  @Test
  void findsSubmissionsSortedByCountryThenDateAndWarnsAboutTheRest() throws IOException {
    Files.createDirectories(root.resolve("THA/2026-10-05"));
    Files.createDirectories(root.resolve("THA/2026-07-01"));
    Files.createDirectories(root.resolve("KHM/2026-09-30"));
    Files.createDirectories(root.resolve("THA/latest"));
    Files.createDirectories(root.resolve("tha/2026-10-05"));
    Files.writeString(root.resolve("README.txt"), "x");
    Files.writeString(root.resolve("KHM/2026-02-30"), "x");

    InputScan scan = InputScan.scan(root);

    assertThat(scan.submissions()).extracting(s -> s.country() + "/" + s.extractDate())
        .containsExactly("KHM/2026-09-30", "THA/2026-07-01", "THA/2026-10-05");
    assertThat(scan.submissions().get(0).dir()).isEqualTo(root.resolve("KHM/2026-09-30"));
    assertThat(scan.submissions().get(2).extractDate()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(scan.warnings()).hasSize(4);
  }

  @Test
  void withholdsNamesThatCouldCarryPersonalData() throws IOException {
    Files.writeString(root.resolve("Nguyễn Thị Đào passport scan.pdf"), "x");

    assertThat(InputScan.scan(root).warnings()).singleElement().asString().contains("name withheld")
        .doesNotContain("Nguy");
  }

  @Test
  void echoesOnlyNamesShapedLikeACountryOrADate() throws IOException {
    Files.writeString(root.resolve("README.txt"), "x");
    Files.writeString(root.resolve("LAO"), "x");
    Files.createDirectories(root.resolve("THA/latest"));
    Files.createDirectories(root.resolve("THA/2026-02-30"));

    assertThat(InputScan.scan(root).warnings()).containsExactly(
        "skipped 'LAO' under the input root: not a <ISO3> country folder",
        "skipped an entry (name withheld) under the input root: not a <ISO3> country folder",
        "skipped '2026-02-30' in THA/: not a <YYYY-MM-DD> submission folder",
        "skipped an entry (name withheld) in THA/: not a <YYYY-MM-DD> submission folder");
  }

  @Test
  void skipsLinkedCountryAndDateFoldersWithAWarning() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolveSibling(root.getFileName() + "-elsewhere"));
    Files.createDirectories(elsewhere.resolve("VNM/2026-10-05"));
    Files.createDirectories(root.resolve("THA/2026-10-05"));
    Files.createSymbolicLink(root.resolve("VNM"), elsewhere.resolve("VNM"));
    Files.createSymbolicLink(root.resolve("THA/2026-10-06"), elsewhere.resolve("VNM/2026-10-05"));

    InputScan scan = InputScan.scan(root);

    assertThat(scan.submissions()).extracting(s -> s.country() + "/" + s.extractDate())
        .containsExactly("THA/2026-10-05");
    assertThat(scan.warnings()).containsExactly(
        "skipped '2026-10-06' in THA/: a symbolic link, not followed",
        "skipped 'VNM' under the input root: a symbolic link, not followed");
  }
}
