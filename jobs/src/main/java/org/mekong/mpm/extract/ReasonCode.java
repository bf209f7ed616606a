package org.mekong.mpm.extract;

/** The stable reason codes of extract format 1.0 (amendment 1.0.1 included), in the order of the spec's code table. */
public enum ReasonCode {
  MANIFEST_MISSING(Level.SUBMISSION_REJECTED),
  MANIFEST_INVALID(Level.SUBMISSION_REJECTED),
  FORMAT_UNSUPPORTED(Level.SUBMISSION_REJECTED),
  FOLDER_MISMATCH(Level.SUBMISSION_REJECTED),
  COUNTRY_NOT_PARTICIPATING(Level.SUBMISSION_REJECTED),
  EXTRACT_DATE_FUTURE(Level.SUBMISSION_REJECTED),
  FILE_MISSING(Level.SUBMISSION_REJECTED),
  UNEXPECTED_FILE(Level.SUBMISSION_REJECTED),
  CHECKSUM_MISMATCH(Level.SUBMISSION_REJECTED),
  ROW_COUNT_MISMATCH(Level.SUBMISSION_REJECTED),
  ENCODING_INVALID(Level.SUBMISSION_REJECTED),
  UNKNOWN_COLUMN(Level.SUBMISSION_REJECTED),
  MISSING_COLUMN(Level.SUBMISSION_REJECTED),
  DUPLICATE_COLUMN(Level.SUBMISSION_REJECTED),
  TOKEN_WITHOUT_KEY(Level.SUBMISSION_REJECTED),
  TOO_MANY_REJECTED_ROWS(Level.SUBMISSION_REJECTED),
  MALFORMED_ROW(Level.ROW_REJECTED),
  MISSING_VALUE(Level.ROW_REJECTED),
  BAD_VALUE(Level.ROW_REJECTED),
  BAD_ENUM(Level.ROW_REJECTED),
  BAD_COUNTRY(Level.ROW_REJECTED),
  BAD_DATE(Level.ROW_REJECTED),
  DATE_OUT_OF_RANGE(Level.ROW_REJECTED),
  DUPLICATE_CASE_ID(Level.ROW_REJECTED),
  ORPHAN_EVENT(Level.ROW_REJECTED),
  DETAIL_MISSING(Level.ROW_REJECTED),
  DETAIL_FORBIDDEN(Level.ROW_REJECTED),
  COUNTERPART_MISSING(Level.ROW_REJECTED),
  COUNTERPART_FORBIDDEN(Level.ROW_REJECTED),
  EVENT_ORDER(Level.WARNING),
  EVENT_AFTER_DEATH(Level.WARNING),
  FLAG_NOT_APPLICABLE(Level.WARNING),
  CASE_WITHOUT_EVENTS(Level.WARNING),
  TOKEN_SEX_CONFLICT(Level.WARNING);

  /** What a finding with this code does to the submission or row. */
  public enum Level {
    SUBMISSION_REJECTED("submission_rejected"),
    ROW_REJECTED("row_rejected"),
    WARNING("warning");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** The name used in the schema file and the data-quality mart. */
    public String label() {
      return label;
    }
  }

  private final Level level;

  ReasonCode(Level level) {
    this.level = level;
  }

  public Level level() {
    return level;
  }
}
