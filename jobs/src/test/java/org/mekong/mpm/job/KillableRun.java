package org.mekong.mpm.job;

import java.nio.file.Path;
import org.mekong.mpm.publish.LinkSwitch;

/**
 * {@code mpm run} as a JVM of its own, for {@link KillRecoveryIT} to kill. With
 * {@code --pause-between-switches} it stops after switching the restricted tier's {@code current}
 * and before the public one, prints {@link #PAUSED} and waits to be killed: the one moment a kill
 * cannot be timed from outside.
 */
public final class KillableRun {
  static final String PAUSED = "PAUSED-BETWEEN-SWITCHES";

  private KillableRun() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path warehouse = Path.of(args[1]);
    boolean pause = args.length > 2 && args[2].equals("--pause-between-switches");
    LinkSwitch links = !pause ? LinkSwitch.ATOMIC_RENAME : (link, target) -> {
      boolean publicTier = link.getParent().getFileName().toString().equals("marts");
      if (publicTier) {
        System.out.println(PAUSED);
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          throw new java.io.IOException(e);
        }
      }
      LinkSwitch.ATOMIC_RENAME.point(link, target);
    };
    JobRun r = JobRun.of(input, warehouse, links);
    if (!r.message().isEmpty()) System.err.println("mpm: " + r.message());
    System.exit(r.status());
  }
}
