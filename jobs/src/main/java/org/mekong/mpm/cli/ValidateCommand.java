package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is built. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new MpmException(Mpm.FAILURE, "'validate' is not built yet.");
  }
}
