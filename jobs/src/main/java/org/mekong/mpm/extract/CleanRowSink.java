package org.mekong.mpm.extract;

/**
 * Receives the accepted rows of an accepted submission: every case row first, then every event
 * row, values in canonical column order (null for empty or absent optional columns).
 */
public interface CleanRowSink {
  void caseRow(long line, String[] values);

  void eventRow(long line, String[] values);

  /** Discards everything: validation only. */
  CleanRowSink NONE = new CleanRowSink() {
    @Override
    public void caseRow(long line, String[] values) {}

    @Override
    public void eventRow(long line, String[] values) {}
  };
}
