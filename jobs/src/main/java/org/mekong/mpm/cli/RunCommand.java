package org.mekong.mpm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mekong.mpm.job.QuarterlyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm run}: the quarterly job. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "The quarterly job: ingest every new submission under --input, compute all indicators for every"
          + " quarter from --from to --quarter, apply disclosure control, publish the marts to --warehouse"
          + " and print the headline indicators.",
      "Exit status: 0 published; 1 a submission seen for the first time was rejected; 2 usage error;"
          + " 3 failure (what was published before is left untouched)."
    })
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", defaultValue = "data-samples", description = "Input root of <ISO3>/<YYYY-MM-DD>/ submissions (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--warehouse", defaultValue = "warehouse", description = "Warehouse folder (default: ${DEFAULT-VALUE}).")
  Path warehouse;

  @Option(names = "--quarter", paramLabel = "YYYYQn", description = "Last quarter reported (default: the latest quarter that ended by the newest accepted extract date).")
  String quarter;

  @Option(names = "--from", paramLabel = "YYYYQn", description = "First quarter reported (default: the earliest quarter with an observable member).")
  String from;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. spark://host:7077 (default: embedded local[*]).")
  String master;

  @Option(names = "--k", defaultValue = "10", description = "Disclosure threshold: denominators from 1 to k-1 are suppressed (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--targets", paramLabel = "FILE", description = "JSON file of national targets {\"THA\": {\"IDN-01\": 10}}.")
  Path targets;

  @Option(names = "--max-rejected-share", defaultValue = "0.05", description = "Share of rejected rows above which a submission is rejected (default: ${DEFAULT-VALUE}).")
  double maxRejectedShare;

  @Option(names = "--shuffle-partitions", defaultValue = "0", hidden = true)
  int shufflePartitions;

  @Override
  public Integer call() {
    if (k < 1) throw new MpmException(Mpm.USAGE, "--k must be at least 1.");
    if (maxRejectedShare < 0 || maxRejectedShare > 1) {
      throw new MpmException(Mpm.USAGE, "--max-rejected-share must be between 0 and 1.");
    }
    return new QuarterlyJob(new QuarterlyJob.Options(input, warehouse, quarter, from, master, k, targets,
        maxRejectedShare, shufflePartitions), System.out).run();
  }
}
