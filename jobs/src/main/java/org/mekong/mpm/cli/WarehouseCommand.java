package org.mekong.mpm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.release.ReleaseStore;
import org.mekong.mpm.release.ReleaseWorkflow;
import org.mekong.mpm.warehouse.RunLock;
import org.mekong.mpm.warehouse.Warehouse;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the release commands share: the warehouse option, and the lock for those that change state. */
abstract class WarehouseCommand {
  static final String ISO3 = "[A-Z]{3}";

  @Option(names = "--warehouse", defaultValue = "warehouse", paramLabel = "DIR",
      description = "Warehouse folder (default: ${DEFAULT-VALUE}).")
  Path warehouse;

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  ReleaseStore store() {
    return new ReleaseStore(ReleaseStore.existing(warehouse));
  }

  /** Runs a state change under the warehouse lock of {@code mpm run}, after repairing an interrupted one. */
  <T> T locked(Function<ReleaseWorkflow, T> change) {
    ReleaseStore store = store();
    Warehouse w = store.warehouse();
    try (RunLock lock = RunLock.acquire(w)) {
      ReleaseWorkflow flow = new ReleaseWorkflow(store, spec.commandLine().getErr());
      flow.repair();
      return change.apply(flow);
    }
  }

  static String country(String iso3) {
    if (iso3 == null || !iso3.matches(ISO3)) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--country takes an ISO3 code in capitals, such as THA; got '" + iso3 + "'.");
    }
    return iso3;
  }

  static String text(String option, String value) {
    if (value == null || value.isBlank()) throw new Problem(Problem.Kind.BAD_REQUEST, option + " must not be empty.");
    return value.strip();
  }
}
