package org.mekong.mpm.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.extract.ParticipatingCountries;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.publish.LinkSwitch;
import org.mekong.mpm.release.ApprovalPolicy;

/**
 * The quarterly job run in-process as {@code mpm run} runs it, with the way {@code current} is
 * switched given by the test: its exit status and, on failure, the message the operator would see.
 */
public record JobRun(int status, String message) {
  public static JobRun of(Path input, Path warehouse, LinkSwitch links) {
    // published at once (--approval none), so that a run switches both tiers as a 1.0 run did
    QuarterlyJob.Options o = new QuarterlyJob.Options(input, warehouse, null, null, null, 10, null, 0.05, 2,
        new TreeSet<>(ParticipatingCountries.COMMIT), Set.of(), ApprovalPolicy.NONE);
    try {
      QuarterlyJob.Outcome outcome = new QuarterlyJob(o, new PrintStream(PrintStream.nullOutputStream()), links).run();
      return new JobRun(Mpm.exitStatus(outcome), "");
    } catch (Problem e) {
      return new JobRun(Mpm.exitStatus(e.kind()), e.getMessage());
    }
  }

  /** A switch that fails when it points a link inside {@code folder} ({@code marts} or {@code restricted}). */
  public static LinkSwitch failingIn(String folder) {
    return (link, target) -> {
      if (link.getParent().getFileName().toString().equals(folder)) {
        throw new java.io.IOException("injected failure switching " + folder + "/current");
      }
      LinkSwitch.ATOMIC_RENAME.point(link, target);
    };
  }
}
