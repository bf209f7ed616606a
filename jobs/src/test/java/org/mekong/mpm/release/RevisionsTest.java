package org.mekong.mpm.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.release.Revisions.Change;

/** The diff behind the revisions mart, on rows written by hand. */
class RevisionsTest {

  private static Map<String, Object> row(String period, String country, String sex, Long num, Long den, Double value,
      String status) {
    Map<String, Object> r = new HashMap<>();
    r.put("period", period);
    r.put("period_type", period.contains("Q") ? "QUARTER" : "YEAR"); // another column: never looked at
    r.put("indicator_id", "RET-05");
    r.put("country", country);
    r.put("sex", sex);
    r.put("age_group", "ALL");
    r.put("nationality", "ALL");
    r.put("exploitation_type", "ALL");
    r.put("counterpart_country", "ALL");
    r.put("numerator", num);
    r.put("denominator", den);
    r.put("value", value);
    r.put("status", status);
    r.put("run_id", "whatever");
    return r;
  }

  @Test
  void classifiesEachKindOfChangeAndIgnoresUnchangedRowsAndOtherColumns() {
    List<Map<String, Object>> before = List.of(
        row("2026Q3", "THA", "ALL", 8L, 10L, 80.0, "NOT_MET"),    // revised
        row("2026Q3", "THA", "F", 5L, 12L, 41.7, "NOT_MET"),      // becomes suppressed
        row("2026Q3", "VNM", "ALL", null, null, null, "SUPPRESSED"), // becomes shown
        row("2026Q3", "LAO", "ALL", 20L, 20L, 100.0, "MET"),      // unchanged apart from run id
        row("2026", "LAO", "ALL", 30L, 40L, 75.0, "NOT_MET"),     // a year row, removed
        row("2026Q2", "KHM", "ALL", null, null, null, "SUPPRESSED")); // suppressed on both sides: no change
    Map<String, Object> lao = row("2026Q3", "LAO", "ALL", 20L, 20L, 100.0, "MET");
    lao.put("run_id", "another");
    List<Map<String, Object>> after = List.of(
        row("2026Q3", "THA", "ALL", 9L, 10L, 90.0, "NOT_MET"),
        row("2026Q3", "THA", "F", null, null, null, "SUPPRESSED"),
        row("2026Q3", "VNM", "ALL", 11L, 11L, 100.0, "MET"),
        lao,
        row("2026Q2", "KHM", "ALL", null, null, null, "SUPPRESSED"),
        row("2026Q3", "MMR", "ALL", 0L, 0L, null, "NO_DATA"));    // new

    List<Revisions.Revision> r = Revisions.between(before, after);

    assertThat(r).extracting(v -> v.key().get(0) + " " + v.country() + " " + v.key().get(3) + " " + v.change())
        .containsExactly(
            "2026 LAO ALL REMOVED",
            "2026Q3 MMR ALL NEW",
            "2026Q3 THA ALL REVISED",
            "2026Q3 THA F NOW_SUPPRESSED",
            "2026Q3 VNM ALL NOW_SHOWN");
    Revisions.Revision revised = r.get(2);
    assertThat(List.of(revised.old("numerator"), revised.now("numerator"), revised.old("value"), revised.now("value")))
        .containsExactly(8L, 9L, 80.0, 90.0);
    assertThat(r.get(0).now("status")).isNull();
    assertThat(r.get(1).old("status")).isNull();
    assertThat(r.get(3).change()).isEqualTo(Change.NOW_SUPPRESSED);
  }

  @Test
  void identicalReleasesHaveNoRevisions() {
    List<Map<String, Object>> rows = List.of(row("2026Q3", "THA", "ALL", 8L, 10L, 80.0, "NOT_MET"));
    assertThat(Revisions.between(rows, rows)).isEmpty();
  }
}
