package org.mekong.mpm.extract;

/**
 * Receives the accepted rows of an accepted submission: every case row first, then every event
 * row, values in canonical column order (null for empty or absent optional columns). Each event
 * comes with its case's line in cases.csv, which (with the country) identifies the case as a number.
 */
public interface CleanRowSink {
  void caseRow(long line, String[] values);

  void eventRow(long line, long caseLine, String[] values);

  /** Discards everything: validation only. */
  CleanRowSink NONE = new CleanRowSink() {
    @Override
    public void caseRow(long line, String[] values) {}

    @Override
    public void eventRow(long line, long caseLine, String[] values) {}
  };
}
