package org.mekong.mpm.problem;

/**
 * A problem the operator can act on, said in one message: what was wrong and what to do. Domain
 * code says which kind it is; only the command line turns a kind into an exit status.
 */
public class Problem extends RuntimeException {
  /** What the operator is told by the exit status. */
  public enum Kind {
    /** The request itself is wrong (an option, an id, a state that does not allow it). */
    BAD_REQUEST,
    /** The request was understood and refused (a rejected submission, approvals still missing). */
    REFUSED,
    /** Something failed; what was published before is untouched. */
    FAILED
  }

  private final Kind kind;

  public Problem(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Problem(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
