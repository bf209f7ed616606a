package org.mekong.mpm.dashboards;

import java.util.Set;

/**
 * Keys every Superset from 3.1 to 6.x accepts in a v1 import (the intersection in the bundle notes, section 1.2 and 1.5);
 * marshmallow rejects any other key, so a key outside these lists breaks the import on some version.
 */
final class PortableKeys {
  private PortableKeys() {}

  static final Set<String> METADATA_REQUIRED = Set.of("version");
  static final Set<String> METADATA = Set.of("version", "type", "timestamp");

  // allow_csv_upload and extra are indexed directly by import_database up to 6.0
  static final Set<String> DATABASE_REQUIRED =
      Set.of("database_name", "sqlalchemy_uri", "uuid", "version", "extra", "allow_csv_upload");
  static final Set<String> DATABASE = Set.of("database_name", "sqlalchemy_uri", "uuid", "version", "password",
      "cache_timeout", "expose_in_sqllab", "allow_run_async", "allow_ctas", "allow_cvas", "allow_dml",
      "allow_csv_upload", "extra", "is_managed_externally", "external_url", "ssh_tunnel");
  static final Set<String> DATABASE_EXTRA = Set.of("metadata_params", "engine_params", "metadata_cache_timeout",
      "schemas_allowed_for_csv_upload", "cost_estimate_enabled", "allows_virtual_table_explore",
      "cancel_query_on_windows_unload", "disable_data_preview", "version");

  // schema is optional in the schema but import-directory falls back to the examples DB's schema without it
  static final Set<String> DATASET_REQUIRED = Set.of("table_name", "uuid", "version", "database_uuid", "schema");
  static final Set<String> DATASET = Set.of("table_name", "uuid", "version", "database_uuid", "main_dttm_col",
      "description", "default_endpoint", "schema", "sql", "fetch_values_predicate", "offset", "cache_timeout",
      "params", "template_params", "filter_select_enabled", "extra", "columns", "metrics", "data",
      "is_managed_externally", "external_url", "normalize_columns", "always_filter_main_dttm");
  static final Set<String> COLUMN_REQUIRED = Set.of("column_name", "type", "is_dttm");
  static final Set<String> COLUMN = Set.of("column_name", "extra", "verbose_name", "is_dttm", "is_active", "type",
      "groupby", "filterable", "expression", "description", "python_date_format", "advanced_data_type");
  static final Set<String> METRIC_REQUIRED = Set.of("metric_name", "expression");
  static final Set<String> METRIC = Set.of("metric_name", "expression", "verbose_name", "metric_type",
      "description", "d3format", "extra", "warning_text");

  // params is indexed directly by import_chart
  static final Set<String> CHART_REQUIRED = Set.of("slice_name", "viz_type", "uuid", "version", "dataset_uuid", "params");
  static final Set<String> CHART = Set.of("slice_name", "viz_type", "uuid", "version", "dataset_uuid", "params",
      "query_context", "cache_timeout", "description", "certified_by", "certification_details",
      "is_managed_externally", "external_url");

  // position is indexed directly by find_chart_uuids
  static final Set<String> DASHBOARD_REQUIRED = Set.of("dashboard_title", "uuid", "version", "position");
  static final Set<String> DASHBOARD = Set.of("dashboard_title", "uuid", "version", "position", "description",
      "css", "slug", "metadata", "is_managed_externally", "external_url", "certified_by", "certification_details",
      "published");

  // heatmap_v2 only exists from 4.1, legacy types are migrated or gone in 5.0
  static final Set<String> VIZ_TYPES = Set.of("echarts_timeseries_line", "echarts_timeseries_bar", "table",
      "pivot_table_v2", "big_number_total");

  static final Set<String> POSITION_TYPES =
      Set.of("ROOT", "GRID", "HEADER", "ROW", "COLUMN", "CHART", "MARKDOWN", "DIVIDER", "TABS", "TAB");

  static final Set<String> TIME_GRAINS = Set.of("P1D", "P1W", "P1M", "P3M", "P1Y");
}
