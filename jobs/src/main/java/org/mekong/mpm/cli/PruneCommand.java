package org.mekong.mpm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mekong.mpm.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm prune}: frees the disk of old withdrawn and superseded releases. */
@Command(name = "prune", mixinStandardHelpOptions = true,
    description = {"Remove WITHDRAWN and SUPERSEDED releases beyond the newest N releases; never the published one,"
        + " nor one a tier's current points to. Each removal is logged in the history.",
        "Exit status: 0; 2 usage; 3 failure or the warehouse is held."})
public final class PruneCommand extends WarehouseCommand implements Callable<Integer> {
  @Option(names = "--keep", required = true, paramLabel = "N", description = "Newest releases to keep whatever their state.")
  int keep;

  @Override
  public Integer call() {
    if (keep < 0) throw new Problem(Problem.Kind.BAD_REQUEST, "--keep must be 0 or more.");
    List<String> removed = locked(flow -> flow.prune(keep));
    out().println(removed.isEmpty() ? "nothing to prune." : "removed " + String.join(" ", removed));
    out().flush();
    return Mpm.OK;
  }
}
