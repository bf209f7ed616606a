package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import org.mekong.mpm.release.Approval;
import org.mekong.mpm.release.Release;
import org.mekong.mpm.release.ReleaseState;
import org.mekong.mpm.release.ReleaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm approve}: a country signs off its figures in a draft release. */
@Command(name = "approve", mixinStandardHelpOptions = true,
    description = {"Record a country's approval of a DRAFT release; when the last country approves, the release"
        + " is APPROVED and can be published.",
        "Exit status: 0 approved; 2 unknown release, country not in it, release not DRAFT, or already approved;"
            + " 3 failure or the warehouse is held."})
public final class ApproveCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--release", required = true, paramLabel = "ID", description = "Run id of the release.")
  String release;

  @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The approving country.")
  String country;

  @Option(names = "--by", required = true, paramLabel = "TEXT", description = "The approving officer's role, e.g. 'THA focal point'.")
  String by;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note for the record.")
  String note;

  @Override
  public Integer call() {
    Approval a = new Approval(country(country), text("--by", by), note, ReleaseStore.now());
    Release r = locked(flow -> flow.approve(release, a));
    out().println("Approved by " + a.country() + ": release " + r.runId() + " " + r.approvalMarks());
    if (r.state() == ReleaseState.APPROVED) {
      out().println("Every country has approved. Next: bin/mpm publish --release " + r.runId() + " --warehouse " + warehouse);
    } else {
      out().println("Still missing: " + String.join(" ", r.missing()));
    }
    out().flush();
    return Mpm.OK;
  }
}
