package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import org.mekong.mpm.release.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm withdraw}: a release that will never be published. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
    description = {"Withdraw a DRAFT or APPROVED release: it will never be published; its approvals are kept for the record.",
        "Exit status: 0 withdrawn; 2 unknown release or not DRAFT/APPROVED (a published one is taken back with"
            + " mpm rollback); 3 failure or the warehouse is held."})
public final class WithdrawCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--release", required = true, paramLabel = "ID", description = "Run id of the release.")
  String release;

  @Option(names = "--by", required = true, paramLabel = "TEXT", description = "Who withdraws it.")
  String by;

  @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why, for the record.")
  String note;

  @Override
  public Integer call() {
    Release r = locked(flow -> flow.withdraw(release, text("--by", by), text("--note", note)));
    out().println("Release " + r.runId() + " is WITHDRAWN.");
    out().flush();
    return Mpm.OK;
  }
}
