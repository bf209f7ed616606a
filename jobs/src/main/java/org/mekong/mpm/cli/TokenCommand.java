package org.mekong.mpm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is built. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class TokenCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new MpmException(Mpm.FAILURE, "'token' is not built yet.");
  }
}
