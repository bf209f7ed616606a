package org.mekong.mpm.release;

import java.nio.file.Path;
import java.util.List;

/** What the release commands print: the line per release and the next step after a run. */
public final class ReleaseSummary {
  private ReleaseSummary() {}

  /** After {@code mpm run}: the release id, its countries and what to do next. */
  public static String afterRun(Release r, Path warehouse) {
    String wh = " --warehouse " + warehouse;
    StringBuilder b = new StringBuilder();
    b.append("Release ").append(r.runId()).append(": ").append(r.state()).append(", quarters ")
        .append(r.quarterFrom()).append("-").append(r.quarterTo()).append(", countries ")
        .append(String.join(" ", r.countries()));
    if (!r.excluded().isEmpty()) b.append(" (left out: ").append(String.join(" ", r.excluded())).append(')');
    b.append('\n');
    if (r.state() == ReleaseState.PUBLISHED) {
      b.append("Published at once (this warehouse was created with --approval none): ")
          .append(warehouse.resolve("marts/current")).append('\n');
    } else {
      b.append("The public tier is unchanged until every country approves. Next: each country's focal point\n")
          .append("  reviews   bin/mpm review --release ").append(r.runId()).append(" --country ISO3 --out DIR").append(wh)
          .append("\n  approves  bin/mpm approve --release ").append(r.runId()).append(" --country ISO3 --by ROLE").append(wh)
          .append("\nthen       bin/mpm publish --release ").append(r.runId()).append(wh).append('\n');
    }
    return b.toString();
  }

  /** One line of {@code mpm releases}. */
  public static String line(Release r) {
    return String.join("  ", List.of(r.runId(), pad(r.state().name(), 10), r.quarterFrom() + "-" + r.quarterTo(),
        r.approvalMarks(), "published " + orDash(r.publishedAt()), "withdrawn " + orDash(r.withdrawnAt())));
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }
}
