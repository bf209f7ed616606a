package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import org.mekong.mpm.release.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm rollback}: the public tier goes back to the release published before. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = {"Withdraw the PUBLISHED release and make the release published before it current again (one"
        + " atomic switch of the public tier).",
        "Exit status: 0 rolled back; 2 nothing published, or no earlier release; 3 failure or the warehouse is held."})
public final class RollbackCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--by", required = true, paramLabel = "TEXT", description = "Who rolls back.")
  String by;

  @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why, for the record.")
  String note;

  @Override
  public Integer call() {
    Release r = locked(flow -> flow.rollback(text("--by", by), text("--note", note)));
    out().println("Rolled back: release " + r.runId() + " is PUBLISHED again; " + warehouse.resolve("marts/current")
        + " shows it.");
    out().flush();
    return Mpm.OK;
  }
}
