package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import org.mekong.mpm.release.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm publish}: an approved release becomes what the public tier shows. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish an APPROVED release: write its revisions mart (what changed since the release published"
        + " before) and switch the public tier's current to it in one atomic step; the release published before"
        + " becomes SUPERSEDED.",
        "Exit status: 0 published; 1 the release is not APPROVED (the missing approvals are named); 2 unknown"
            + " release; 3 failure or the warehouse is held."})
public final class PublishCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--release", required = true, paramLabel = "ID", description = "Run id of the release.")
  String release;

  @Option(names = "--by", defaultValue = "secretariat", paramLabel = "TEXT", description = "Who publishes, for the history (default: ${DEFAULT-VALUE}).")
  String by;

  @Override
  public Integer call() {
    Release r = locked(flow -> flow.publish(release, text("--by", by)));
    out().println("Published release " + r.runId() + " (" + r.quarterFrom() + "-" + r.quarterTo() + ", "
        + String.join(" ", r.countries()) + "): " + warehouse.resolve("marts/current") + " now shows it.");
    out().flush();
    return Mpm.OK;
  }
}
