package org.mekong.mpm.cli;

/** A failure the operator can act on: its message says what was wrong and what to do. */
public class MpmException extends RuntimeException {
  private final int exitCode;

  public MpmException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public MpmException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
