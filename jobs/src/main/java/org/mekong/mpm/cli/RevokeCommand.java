package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import org.mekong.mpm.release.Approval;
import org.mekong.mpm.release.Release;
import org.mekong.mpm.release.ReleaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm revoke}: a country takes back its approval of a release not yet published. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
    description = {"Remove a country's approval of a DRAFT or APPROVED release (which is DRAFT again); logged.",
        "Exit status: 0 revoked; 2 unknown release, country not in it or without an approval, release published"
            + " or withdrawn; 3 failure or the warehouse is held."})
public final class RevokeCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--release", required = true, paramLabel = "ID", description = "Run id of the release.")
  String release;

  @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The country taking back its approval.")
  String country;

  @Option(names = "--by", required = true, paramLabel = "TEXT", description = "The officer's role.")
  String by;

  @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why, for the record.")
  String note;

  @Override
  public Integer call() {
    Approval a = new Approval(country(country), text("--by", by), text("--note", note), ReleaseStore.now());
    Release r = locked(flow -> flow.revoke(release, a));
    out().println("Approval of " + a.country() + " revoked: release " + r.runId() + " is " + r.state() + " "
        + r.approvalMarks());
    out().flush();
    return Mpm.OK;
  }
}
