package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekong.mpm.testing.Repo;

class DashboardBundleTest {
  @TempDir Path tmp;

  @Test
  void theZipHasOneTopLevelFolderSlashSeparatorsAndSortedEntries() throws Exception {
    Path zip = tmp.resolve("b.zip");
    DashboardBundle.render(Repo.path("dashboards"), "/data/mpm", zip);
    List<String> names = RenderedBundle.read(zip).entryNames;

    assertThat(names).isNotEmpty().allMatch(n -> n.startsWith(DashboardBundle.ROOT + "/")).noneMatch(n -> n.contains("\\"));
    assertThat(names).isSorted().contains(DashboardBundle.ROOT + "/metadata.yaml");
  }

  @Test
  void renderingTwiceGivesTheSameBytes() throws Exception {
    DashboardBundle.render(Repo.path("dashboards"), "/data/mpm", tmp.resolve("a.zip"));
    DashboardBundle.render(Repo.path("dashboards"), "/data/mpm", tmp.resolve("b.zip"));
    assertThat(Files.readAllBytes(tmp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.zip")));
  }

  @Test
  void theClasspathCopyRendersTheSameBundleAsTheRepository() throws Exception {
    DashboardBundle.render(Repo.path("dashboards"), "/data/mpm", tmp.resolve("repo.zip"));
    DashboardBundle.render("/data/mpm", tmp.resolve("jar.zip"));
    assertThat(Files.readAllBytes(tmp.resolve("jar.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("repo.zip")));
  }

  @Test
  void theIndexListsExactlyTheYamlSources() throws Exception {
    Path dir = Repo.path("dashboards");
    List<String> yaml = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> yaml.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    List<String> index = BundleSources.index(Files.readString(dir.resolve(BundleSources.INDEX)));
    assertThat(index).isSorted().containsExactlyInAnyOrderElementsOf(yaml);
  }

  @Test
  void thePathReplacesEveryPlaceholderOutsideComments() throws Exception {
    Path zip = tmp.resolve("b.zip");
    DashboardBundle.render(Repo.path("dashboards"), "/srv/superset/mpm", zip);
    RenderedBundle b = RenderedBundle.read(zip);
    String all = String.join("\n", b.textByPath.values());
    assertThat(all).contains("read_parquet('/srv/superset/mpm/marts/current/indicator_values/**/*.parquet'");
    for (String text : b.textByPath.values()) {
      assertThat(text.lines().filter(l -> !l.stripLeading().startsWith("#"))).noneMatch(l -> l.contains("{{"));
    }
  }

  @ParameterizedTest
  @CsvSource({"/data/mpm/,/data/mpm", "/data//mpm,/data/mpm", "/data/./x/../mpm,/data/mpm", "/srv/warehouse,/srv/warehouse"})
  void warehousePathsAreNormalised(String raw, String expected) {
    assertThat(WarehousePath.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/data/o'brien", "/data/\"x\"", "relative/path", "", " ", "/", "/..", "/data/{{x}}",
      "/data/a,b", "/data/*", "/data/a\\b", "/data/a\nb"})
  void unusableWarehousePathsAreRejected(String raw) {
    assertThatThrownBy(() -> DashboardBundle.render(Repo.path("dashboards"), raw, tmp.resolve("x.zip")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--warehouse-path");
    assertThat(tmp.resolve("x.zip")).doesNotExist();
  }

  @Test
  void anUnknownTemplateInTheSourcesFailsInsteadOfShipping() {
    assertThatThrownBy(() -> DashboardBundle.substitute("x.yaml", "sql: SELECT '{{OTHER}}'\n", "/data"))
        .hasMessageContaining("unknown template");
  }
}
