package org.mekong.mpm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mekong.mpm.release.Release;
import org.mekong.mpm.release.ReleaseSummary;
import picocli.CommandLine.Command;

/** {@code mpm releases}: one line per release, newest first. */
@Command(name = "releases", mixinStandardHelpOptions = true,
    description = {"List the warehouse's releases, newest first: run id, state, quarters, approvals"
        + " (THA✓ approved, VNM· missing), published and withdrawn times.", "Exit status: 0; 2 no warehouse."})
public final class ReleasesCommand extends WarehouseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    List<Release> all = store().all();
    if (all.isEmpty()) out().println("no releases in " + warehouse + " yet; mpm run makes one.");
    for (Release r : all) out().println(ReleaseSummary.line(r));
    out().flush();
    return Mpm.OK;
  }
}
