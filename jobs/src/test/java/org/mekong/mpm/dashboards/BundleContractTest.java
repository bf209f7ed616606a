package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.dashboards.RenderedBundle.list;
import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.testing.Repo;

/** The rendered bundle against what Superset 3.1 to 6.x accepts, checked without Superset. */
class BundleContractTest {
  static final List<String> HEADLINE = List.of("IDN-01", "IDN-02", "RET-05", "RET-02", "RET-07", "REI-02", "REI-03",
      "REI-04", "VOL-01", "VOL-02", "VOL-03");
  static final List<String> PUBLIC_MARTS = List.of("indicator_values", "indicator_catalogue", "submissions",
      "data_quality", "retrafficking_survival", "revisions", "releases");

  @TempDir static Path tmp;
  static RenderedBundle bundle;

  @BeforeAll
  static void render() throws Exception {
    Path zip = tmp.resolve("bundle.zip");
    DashboardBundle.render(Repo.path("dashboards"), "/data/mpm", zip);
    bundle = RenderedBundle.read(zip);
  }

  @Test
  void metadataDeclaresVersionOneAsAStringAndAQuotedTimestamp() {
    Map<String, Object> md = bundle.metadata();
    assertThat(md.keySet()).containsAll(PortableKeys.METADATA_REQUIRED).isSubsetOf(PortableKeys.METADATA);
    assertThat(md.get("version")).isEqualTo("1.0.0");
    assertThat(md.get("timestamp")).isInstanceOf(String.class);
    assertThat(md).doesNotContainKey("type");
  }

  @Test
  void everyYamlSitsInAFolderSupersetRoutesAndIsNotIgnored() {
    for (String path : bundle.byPath.keySet()) {
      if (path.equals("metadata.yaml")) continue;
      assertThat(path.split("/")[0]).as(path).isIn("databases", "datasets", "charts", "dashboards");
      String name = path.substring(path.lastIndexOf('/') + 1);
      assertThat(name).as(path).doesNotStartWith("_").doesNotStartWith(".");
    }
    assertThat(bundle.textByPath.keySet()).allMatch(p -> p.endsWith(".yaml"));
  }

  @Test
  void everyAssetHasItsRequiredKeysAndOnlyPortableOnes() {
    for (Map<String, Object> db : bundle.assets("databases")) {
      keys(db, PortableKeys.DATABASE_REQUIRED, PortableKeys.DATABASE, "database");
      assertThat(map(db.get("extra")).keySet()).as("database extra").isSubsetOf(PortableKeys.DATABASE_EXTRA);
    }
    for (Map<String, Object> ds : bundle.assets("datasets")) {
      keys(ds, PortableKeys.DATASET_REQUIRED, PortableKeys.DATASET, "dataset " + ds.get("table_name"));
      for (Object c : list(ds.get("columns"))) keys(map(c), PortableKeys.COLUMN_REQUIRED, PortableKeys.COLUMN, "column");
      for (Object m : list(ds.get("metrics"))) keys(map(m), PortableKeys.METRIC_REQUIRED, PortableKeys.METRIC, "metric");
    }
    for (Map<String, Object> ch : bundle.assets("charts")) {
      keys(ch, PortableKeys.CHART_REQUIRED, PortableKeys.CHART, "chart " + ch.get("slice_name"));
    }
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      keys(d, PortableKeys.DASHBOARD_REQUIRED, PortableKeys.DASHBOARD, "dashboard " + d.get("dashboard_title"));
    }
  }

  @Test
  void valuesHaveTheTypesTheImporterNeeds() {
    for (Map<String, Object> asset : allAssets()) {
      assertThat(asset.get("version")).isEqualTo("1.0.0");
      assertThat(UUID.fromString((String) asset.get("uuid"))).isNotNull();
    }
    for (Map<String, Object> db : bundle.assets("databases")) {
      assertThat(db.get("extra")).isInstanceOf(Map.class);
      for (String flag : List.of("expose_in_sqllab", "allow_csv_upload", "allow_dml", "allow_run_async", "allow_ctas", "allow_cvas")) {
        assertThat(db.get(flag)).as(flag).isEqualTo(Boolean.FALSE);
      }
    }
    for (Map<String, Object> ds : bundle.assets("datasets")) {
      assertThat(ds.get("schema")).isEqualTo("main");
      assertThat(ds.get("cache_timeout")).isInstanceOf(Integer.class);
      for (Object c : list(ds.get("columns"))) {
        assertThat(map(c).get("is_dttm")).isInstanceOf(Boolean.class);
        assertThat(map(c).get("type")).isInstanceOf(String.class);
      }
    }
    for (Map<String, Object> ch : bundle.assets("charts")) {
      assertThat(ch.get("params")).isInstanceOf(Map.class);
      assertThat(ch.get("query_context")).isNull();
    }
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      assertThat(d.get("position")).isInstanceOf(Map.class);
      assertThat(d.get("metadata")).isInstanceOf(Map.class);
      assertThat(d.get("published")).isEqualTo(Boolean.TRUE);
    }
  }

  @Test
  void theDatabaseIsInMemoryDuckDbLockedToThePublicMarts() {
    List<Map<String, Object>> dbs = bundle.assets("databases");
    assertThat(dbs).hasSize(1);
    assertThat(dbs.get(0).get("sqlalchemy_uri")).isEqualTo("duckdb:///:memory:");
    assertThat(LockedDuckDb.config(dbs.get(0))).containsEntry("allowed_directories", "[/data/mpm/marts/]")
        .containsEntry("enable_external_access", false).containsEntry("lock_configuration", true)
        .containsEntry("temp_directory", "");
  }

  @Test
  void everyDatasetReadsOnePublicMartInTheSpecsReadForm() {
    Set<String> marts = new HashSet<>();
    for (Map<String, Object> ds : bundle.assets("datasets")) {
      String sql = (String) ds.get("sql");
      assertThat(sql).doesNotContain("restricted").doesNotContain("{{");
      for (String mart : PUBLIC_MARTS) {
        if (sql.contains("read_parquet('/data/mpm/marts/current/" + mart + "/**/*.parquet', hive_partitioning = true)")) marts.add(mart);
      }
      assertThat(sql.split("read_parquet\\(").length - 1).as("read_parquet calls in %s", ds.get("table_name"))
          .isEqualTo(sql.split("read_parquet\\('/data/mpm/marts/current/[a-z_]+/\\*\\*/\\*\\.parquet', hive_partitioning = true\\)").length - 1);
      assertThat(list(ds.get("metrics"))).as("metrics of %s", ds.get("table_name")).isNotEmpty();
    }
    assertThat(marts).containsExactlyInAnyOrderElementsOf(PUBLIC_MARTS);
  }

  @Test
  void everyUuidIsUniqueAcrossTheBundle() {
    List<Object> uuids = allAssets().stream().map(a -> a.get("uuid")).toList();
    assertThat(uuids).doesNotHaveDuplicates();
  }

  @Test
  void everyLinkResolvesInsideTheBundle() {
    Set<Object> databases = uuids("databases");
    Set<Object> datasets = uuids("datasets");
    Set<Object> charts = uuids("charts");
    for (Map<String, Object> ds : bundle.assets("datasets")) assertThat(databases).contains(ds.get("database_uuid"));
    for (Map<String, Object> ch : bundle.assets("charts")) assertThat(datasets).contains(ch.get("dataset_uuid"));
    Set<Object> placed = new HashSet<>();
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      for (Map<String, Object> node : nodes(d)) {
        if (!"CHART".equals(node.get("type"))) continue;
        Map<String, Object> meta = map(node.get("meta"));
        assertThat(charts).contains(meta.get("uuid"));
        assertThat(meta.get("chartId")).isInstanceOf(Integer.class);
        placed.add(meta.get("uuid"));
      }
      for (Map<String, Object> f : nativeFilters(d)) {
        for (Object t : list(f.get("targets"))) assertThat(datasets).contains(map(t).get("datasetUuid"));
      }
    }
    assertThat(placed).as("charts on some dashboard").isEqualTo(charts);
  }

  @Test
  void chartIdPlaceholdersAreUniquePerChartAndMetadataIdsUseThem() {
    Map<Object, Object> idByUuid = new HashMap<>();
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      Set<Object> ids = new HashSet<>();
      for (Map<String, Object> node : nodes(d)) {
        if (!"CHART".equals(node.get("type"))) continue;
        Map<String, Object> meta = map(node.get("meta"));
        Object previous = idByUuid.putIfAbsent(meta.get("uuid"), meta.get("chartId"));
        assertThat(previous == null || previous.equals(meta.get("chartId"))).isTrue();
        ids.add(meta.get("chartId"));
      }
      Map<String, Object> md = map(d.get("metadata"));
      assertThat(list(md.get("timed_refresh_immune_slices"))).isEmpty();
      assertThat(map(md.get("expanded_slices"))).isEmpty();
      for (Map<String, Object> f : nativeFilters(d)) {
        assertThat(list(map(f.get("scope")).get("excluded"))).isSubsetOf(ids);
      }
    }
    assertThat(new HashSet<>(idByUuid.values())).hasSameSizeAs(idByUuid.values());
  }

  @Test
  void positionTreesAreWellFormed() {
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      Map<String, Object> pos = map(d.get("position"));
      String title = (String) d.get("dashboard_title");
      assertThat(pos.get("DASHBOARD_VERSION_KEY")).isEqualTo("v2");
      assertThat(list(map(pos.get("ROOT_ID")).get("children"))).as(title).containsExactly("GRID_ID");
      Set<String> reached = new HashSet<>();
      walk(pos, "ROOT_ID", reached, new HashSet<>());
      for (Map.Entry<String, Object> e : pos.entrySet()) {
        if (!(e.getValue() instanceof Map<?, ?>)) continue;
        Map<String, Object> node = map(e.getValue());
        assertThat(node.get("id")).as(title + " node id").isEqualTo(e.getKey());
        assertThat((String) node.get("type")).as(e.getKey()).isIn(PortableKeys.POSITION_TYPES);
        assertThat(reached).as(title + " reaches " + e.getKey()).contains(e.getKey());
        if ("ROW".equals(node.get("type"))) {
          int width = 0;
          for (Object child : list(node.get("children"))) width += (Integer) map(map(pos.get(child)).get("meta")).get("width");
          assertThat(width).as(title + " width of " + e.getKey()).isBetween(1, 12);
        }
        if ("CHART".equals(node.get("type")) || "MARKDOWN".equals(node.get("type"))) {
          Map<String, Object> meta = map(node.get("meta"));
          assertThat((Integer) meta.get("width")).isBetween(1, 12);
          assertThat(meta.get("height")).isInstanceOf(Integer.class);
        }
      }
    }
  }

  @Test
  void everyChartNamesOnlyColumnsAndMetricsOfItsDataset() {
    for (Map<String, Object> ch : bundle.assets("charts")) {
      Map<String, Object> ds = bundle.byUuid("datasets", ch.get("dataset_uuid"));
      ChartParams p = new ChartParams(ch);
      String name = (String) ch.get("slice_name");
      Set<String> columns = names(ds, "columns", "column_name");
      Set<String> metrics = names(ds, "metrics", "metric_name");
      assertThat(p.params.get("viz_type")).as(name).isEqualTo(ch.get("viz_type"));
      assertThat((String) ch.get("viz_type")).as(name).isIn(PortableKeys.VIZ_TYPES);
      assertThat(p.columnsNamed()).as("columns of " + name).isSubsetOf(columns);
      assertThat(p.savedMetricsNamed()).as("metrics of " + name).isSubsetOf(metrics);
      assertThat(p.metrics()).as("metrics of " + name).isNotEmpty();
      Set<String> labels = new HashSet<>(p.dimensions());
      labels.addAll(p.savedMetricsNamed());
      assertThat(p.formattedColumns()).as("conditional formatting of " + name).isSubsetOf(labels);
      if (ch.get("viz_type").toString().startsWith("echarts_timeseries")) {
        assertThat(p.params.get("x_axis")).as(name).isIn(columns);
        if (p.params.containsKey("time_grain_sqla")) {
          assertThat((String) p.params.get("time_grain_sqla")).isIn(PortableKeys.TIME_GRAINS);
          assertThat(SupersetQuery.isDttm(ds, (String) p.params.get("x_axis"))).as(name + " x-axis is temporal").isTrue();
        }
      }
      if ("pivot_table_v2".equals(ch.get("viz_type"))) assertThat(list(p.params.get("groupbyRows"))).isNotEmpty();
    }
  }

  @Test
  void nativeFiltersTargetColumnsOfTheirDatasetAndCoverQuarterIndicatorAndCountry() {
    for (Map<String, Object> d : bundle.assets("dashboards")) {
      List<String> filtered = new ArrayList<>();
      for (Map<String, Object> f : nativeFilters(d)) {
        assertThat(f.get("filterType")).isEqualTo("filter_select");
        assertThat(f.get("type")).isEqualTo("NATIVE_FILTER");
        assertThat((String) f.get("id")).startsWith("NATIVE_FILTER-");
        for (Object t : list(f.get("targets"))) {
          Map<String, Object> ds = bundle.byUuid("datasets", map(t).get("datasetUuid"));
          String column = (String) map(map(t).get("column")).get("name");
          assertThat(names(ds, "columns", "column_name")).contains(column);
          filtered.add(column);
        }
      }
      assertThat(filtered).as((String) d.get("dashboard_title")).contains("country");
    }
    Map<String, Object> scorecard = dashboard("MPM: Regional scorecard");
    assertThat(nativeFilters(scorecard).stream().map(f -> map(map(list(f.get("targets")).get(0)).get("column")).get("name")))
        .contains("period", "indicator_label", "country");
    Map<String, Object> period = nativeFilters(scorecard).stream().filter(f -> "Period".equals(f.get("name"))).findFirst().orElseThrow();
    assertThat(map(period.get("controlValues"))).as("the scorecard opens on the latest period of the chosen type")
        .containsEntry("defaultToFirstItem", true).containsEntry("sortAscending", false).containsEntry("multiSelect", false);
    assertThat(list(period.get("cascadeParentIds"))).containsExactly("NATIVE_FILTER-period-type-scorecard");
    assertThat(periodTypeDefault(scorecard)).as("the scorecard opens on the last complete year").isEqualTo("YEAR");
    assertThat(periodTypeDefault(dashboard("MPM: Trends"))).as("trends stay quarterly").isEqualTo("QUARTER");
  }

  /** The default value of a dashboard's period-type filter, checked to be applied to the query too. */
  private static String periodTypeDefault(Map<String, Object> dashboard) {
    Map<String, Object> f = nativeFilters(dashboard).stream()
        .filter(x -> "period_type".equals(map(map(list(x.get("targets")).get(0)).get("column")).get("name")))
        .findFirst().orElseThrow();
    Map<String, Object> mask = map(f.get("defaultDataMask"));
    Object state = list(map(mask.get("filterState")).get("value")).get(0);
    Map<String, Object> applied = map(list(map(mask.get("extraFormData")).get("filters")).get(0));
    assertThat(applied).containsEntry("col", "period_type").containsEntry("op", "IN");
    assertThat(list(applied.get("val"))).containsExactly(state);
    return (String) state;
  }

  @Test
  void theScorecardShowsTheHeadlineSetWithStatusAndSpelledOutGaps() {
    Map<String, Object> chart = bundle.assets("charts").stream()
        .filter(c -> "Headline indicators by country against target".equals(c.get("slice_name"))).findFirst().orElseThrow();
    ChartParams p = new ChartParams(chart);
    assertThat(p.dimensions()).contains("country", "value_display", "status");
    assertThat(p.filters()).anySatisfy(f -> assertThat(f.get("comparator")).isEqualTo(HEADLINE));
    assertThat(p.formattedColumns()).contains("target_met");
  }

  @Test
  void theExpectedDashboardsExist() {
    assertThat(bundle.assets("dashboards").stream().map(d -> d.get("dashboard_title")))
        .containsExactlyInAnyOrder("MPM: Regional scorecard", "MPM: Trends", "MPM: Returns across borders",
            "MPM: Re-trafficking", "MPM: Data quality");
  }

  private static void keys(Map<String, Object> asset, Set<String> required, Set<String> allowed, String what) {
    assertThat(asset.keySet()).as("keys of " + what).containsAll(required).isSubsetOf(allowed);
  }

  private static List<Map<String, Object>> allAssets() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String folder : List.of("databases", "datasets", "charts", "dashboards")) all.addAll(bundle.assets(folder));
    return all;
  }

  private static Set<Object> uuids(String folder) {
    Set<Object> out = new HashSet<>();
    bundle.assets(folder).forEach(a -> out.add(a.get("uuid")));
    return out;
  }

  private static Set<String> names(Map<String, Object> ds, String key, String field) {
    Set<String> out = new HashSet<>();
    for (Object o : list(ds.get(key))) out.add((String) map(o).get(field));
    return out;
  }

  private static List<Map<String, Object>> nodes(Map<String, Object> dashboard) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object v : map(dashboard.get("position")).values()) if (v instanceof Map<?, ?>) out.add(map(v));
    return out;
  }

  private static List<Map<String, Object>> nativeFilters(Map<String, Object> dashboard) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object f : list(map(dashboard.get("metadata")).get("native_filter_configuration"))) out.add(map(f));
    return out;
  }

  private static Map<String, Object> dashboard(String title) {
    return bundle.assets("dashboards").stream().filter(d -> title.equals(d.get("dashboard_title"))).findFirst().orElseThrow();
  }

  // depth-first from ROOT_ID: every child exists, no node is visited twice (no cycles, no shared children)
  private static void walk(Map<String, Object> pos, String id, Set<String> reached, Set<String> path) {
    assertThat(pos).as("position node").containsKey(id);
    assertThat(reached.add(id)).as("node %s reached once", id).isTrue();
    path.add(id);
    for (Object child : list(map(pos.get(id)).get("children"))) walk(pos, (String) child, reached, path);
    path.remove(id);
  }
}
