package org.mekong.mpm.report;

import java.util.List;
import java.util.Optional;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.report.MartRows.Row;

/** What one report is about: the public tier of a release and the selections every section shares. */
record ReportContent(PublicTier tier, TotalRows totals, List<String> headline, String releaseId,
    Optional<String> corridorPeriod, List<Row> corridorRows) {

  static ReportContent of(PublicTier tier) {
    TotalRows totals = new TotalRows(tier.indicatorValues());
    List<String> published = tier.catalogue().stream().map(r -> r.str("indicator_id")).toList();
    // the framework's headline set (IndicatorCatalogue), in its order, as far as this release publishes it
    List<String> headline = IndicatorCatalogue.load().headline().stream().filter(published::contains).toList();
    String release = tier.indicatorValues().stream().map(r -> r.str("run_id")).filter(s -> s != null).findFirst()
        .orElse("unknown");
    // the corridors of the last complete year: a quarter's corridors are mostly too small to publish
    Optional<String> corridorPeriod = totals.lastYear().or(totals::latestQuarter);
    List<Row> corridors = corridorPeriod.map(p -> tier.indicatorValues().stream()
        .filter(r -> p.equals(r.str("period")) && ReportData.CORRIDOR_INDICATORS.contains(r.str("indicator_id")))
        .filter(r -> !TotalRows.ALL.equals(r.str("counterpart_country")) && !TotalRows.ALL.equals(r.str("country")))
        .filter(r -> TotalRows.ALL.equals(r.str("sex")) && TotalRows.ALL.equals(r.str("age_group"))
            && TotalRows.ALL.equals(r.str("nationality")) && TotalRows.ALL.equals(r.str("exploitation_type")))
        .toList()).orElse(List.of());
    return new ReportContent(tier, totals, headline, release, corridorPeriod, corridors);
  }

  Optional<Row> catalogueRow(String indicator) {
    return tier.catalogue().stream().filter(r -> indicator.equals(r.str("indicator_id"))).findFirst();
  }
}
