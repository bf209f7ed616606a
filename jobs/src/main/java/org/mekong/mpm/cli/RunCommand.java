package org.mekong.mpm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.ParticipatingCountries;
import org.mekong.mpm.job.QuarterlyJob;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.release.ApprovalPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mpm run}: the quarterly job. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "The quarterly job: ingest every new submission under --input, compute all indicators for every"
          + " quarter from --from to --quarter, apply disclosure control, write a new release of the marts to"
          + " --warehouse and print the headline indicators. The release is a DRAFT (restricted tier current,"
          + " public tier untouched) until every country approves it and it is published (mpm approve,"
          + " mpm publish), unless the warehouse was created with --approval none.",
      "Exit status: 0 release written; 1 a submission seen for the first time was rejected; 2 usage error;"
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

  @Option(names = "--exclude", paramLabel = "ISO3", description = "Leave a country out of this release, as if it had"
      + " not submitted (its rows NO_SUBMISSION); repeatable. For publishing without a country that has not signed off.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--approval", paramLabel = "required|none", description = "On a new warehouse: 'required' (default)"
      + " makes every release wait for each country's approval; 'none' publishes at once. Fixed once the warehouse exists.")
  String approval;

  @Option(names = "--countries", paramLabel = "ISO3,...", split = ",", defaultValue = "KHM,CHN,LAO,MMR,THA,VNM",
      description = "The participating reporting countries; a submission from any other is rejected"
          + " (COUNTRY_NOT_PARTICIPATING). Default: ${DEFAULT-VALUE}, the COMMIT countries.")
  List<String> countries;

  @Option(names = "--shuffle-partitions", defaultValue = "0", hidden = true)
  int shufflePartitions;

  @Override
  public Integer call() {
    if (k < 1) throw new Problem(Problem.Kind.BAD_REQUEST, "--k must be at least 1.");
    if (maxRejectedShare < 0 || maxRejectedShare > 1) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--max-rejected-share must be between 0 and 1.");
    }
    Set<String> participating;
    try {
      participating = ParticipatingCountries.of(countries, ExtractSchema.load());
    } catch (IllegalArgumentException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--countries: " + e.getMessage() + ".");
    }
    for (String c : exclude) {
      if (!participating.contains(c)) {
        throw new Problem(Problem.Kind.BAD_REQUEST, "--exclude takes a participating country's ISO3 code ("
            + String.join(" ", participating) + "); got '" + c + "'.");
      }
    }
    ApprovalPolicy policy = ApprovalPolicy.parse(approval);
    QuarterlyJob.Outcome outcome = new QuarterlyJob(new QuarterlyJob.Options(input, warehouse, quarter, from, master, k, targets,
        maxRejectedShare, shufflePartitions, participating, new TreeSet<>(exclude), policy), System.out).run();
    return Mpm.exitStatus(outcome);
  }
}
