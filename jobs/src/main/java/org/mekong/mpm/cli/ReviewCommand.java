package org.mekong.mpm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mekong.mpm.release.Release;
import org.mekong.mpm.release.ReleaseStore;
import org.mekong.mpm.release.ReviewPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm review}: the pack a national focal point signs off. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Write a country's review pack of a release under --out (created mode 700): its restricted and"
        + " public rows side by side, every row that differs from the published release with the reason, its return"
        + " exceptions and data quality, as CSV files and one index.html that opens offline. Restricted material.",
        "Exit status: 0 written; 2 unknown release, country not in it, or --out not a new or empty folder."})
public final class ReviewCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--release", required = true, paramLabel = "ID", description = "Run id of the release.")
  String release;

  @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The reviewing country.")
  String country;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "New (or empty) folder for the pack.")
  Path out;

  @Override
  public Integer call() {
    ReleaseStore store = store();
    Release r = store.get(release);
    List<ReviewPack.Change> changes = new ReviewPack(store, r, country(country)).write(out);
    out().println("Wrote the review pack of " + country + " for release " + r.runId() + " to " + out
        + " (index.html and CSV files; " + changes.size() + " changed rows). Restricted: share it with "
        + country + "'s focal point only.");
    out().flush();
    return Mpm.OK;
  }
}
