package org.mekong.mpm.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The benchmark's own entry point ({@code bin/mpm bench …}, used by {@code bench/run.sh}): the
 * measuring points are not an operator's commands, so they stay out of {@code mpm --help}.
 */
@Command(name = "mpm bench", mixinStandardHelpOptions = true,
    description = "Measuring points of bench/run.sh.",
    subcommands = {BenchFloorCommand.class, BenchIndicatorsCommand.class})
public final class Bench {
  private Bench() {}

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new Bench());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("mpm bench: " + e.getMessage());
      return 3;
    });
    System.exit(cl.execute(args));
  }
}
