package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is built. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new MpmException(Mpm.FAILURE, "'run' is not built yet.");
  }
}
