package org.mekong.mpm.cli;

import java.io.PrintWriter;
import org.mekong.mpm.job.QuarterlyJob;
import org.mekong.mpm.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code mpm} command line: the quarterly job and the tools around it. */
@Command(
    name = "mpm",
    mixinStandardHelpOptions = true,
    version = "mpm 1.0.0 (extract format 1.0, marts contract 1.0, framework 1.0)",
    description = "Mekong Protection Monitor: guideline-compliance indicators for victim protection in the GMS.",
    subcommands = {
      RunCommand.class,
      ReleasesCommand.class,
      ReviewCommand.class,
      ApproveCommand.class,
      RevokeCommand.class,
      PublishCommand.class,
      WithdrawCommand.class,
      RollbackCommand.class,
      PruneCommand.class,
      ValidateCommand.class,
      GenerateCommand.class,
      DashboardsCommand.class,
      ReportCommand.class,
      TokenCommand.class
    })
public final class Mpm implements Runnable {

  public static final int OK = 0;
  public static final int REJECTED = 1;
  public static final int USAGE = 2;
  public static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'mpm --help'.");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs one command in-process and returns its exit status; tests call this, not {@code bin/mpm}. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Mpm());
    // the terminal as it is now: a run's end may point System.err elsewhere (RunSession)
    cl.setErr(new PrintWriter(System.err, true));
    cl.setExecutionExceptionHandler(Mpm::handleFailure);
    return cl;
  }

  /** The contract's exit status for a problem of this kind: only the command line knows statuses. */
  public static int exitStatus(Problem.Kind kind) {
    return switch (kind) {
      case BAD_REQUEST -> USAGE;
      case REFUSED -> REJECTED;
      case FAILED -> FAILURE;
    };
  }

  /** The contract's exit status for a run that did not fail. */
  public static int exitStatus(QuarterlyJob.Outcome outcome) {
    return outcome == QuarterlyJob.Outcome.SUBMISSION_REJECTED ? REJECTED : OK;
  }

  /** An operator sees what went wrong in one or two lines, never a stack trace. */
  private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof Problem m) {
      err.println("mpm: " + m.getMessage());
      return exitStatus(m.kind());
    }
    err.println("mpm: failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
    err.println("mpm: nothing already published was changed; rerun with MPM_DEBUG=1 for details.");
    if (System.getenv("MPM_DEBUG") != null) e.printStackTrace(err);
    return FAILURE;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
