package org.mekong.mpm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mekong.mpm.dashboards.DashboardBundle;
import org.mekong.mpm.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mpm dashboards}: renders the Superset import bundle for a Superset that sees the warehouse at a given path. */
@Command(
    name = "dashboards",
    mixinStandardHelpOptions = true,
    description = "Render the Superset import bundle (DuckDB over the public marts) as a ZIP; see docs/superset.md.")
public final class DashboardsCommand implements Callable<Integer> {

  @Option(names = "--warehouse-path", required = true, paramLabel = "PATH",
      description = "absolute path at which Superset sees the warehouse (the folder holding marts/)")
  String warehousePath;

  @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "the bundle to write")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String path;
    try {
      path = DashboardBundle.normaliseWarehousePath(warehousePath);
    } catch (IllegalArgumentException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, e.getMessage());
    }
    try {
      DashboardBundle.render(path, out);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "could not write the bundle " + out + ": " + e.getMessage()
          + "; check that the folder is writable.", e);
    }
    spec.commandLine().getOut().println("Wrote " + out + " for a Superset reading " + path + "/marts/current."
        + " Import it with: superset import-dashboards -p " + out.getFileName() + " -u admin (docs/superset.md).");
    return Mpm.OK;
  }
}
