package org.mekong.mpm.extract;

/** A file is not strictly valid UTF-8; the whole submission is rejected. */
final class EncodingInvalidException extends RuntimeException {
  private final long line;

  EncodingInvalidException(long line) {
    super("not valid UTF-8 at line " + line, null, false, false);
    this.line = line;
  }

  long line() {
    return line;
  }
}
