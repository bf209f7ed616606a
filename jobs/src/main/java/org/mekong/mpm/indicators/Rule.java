package org.mekong.mpm.indicators;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rule of one indicator: from a case journey, the case's members of the indicator's population.
 * Case populations give at most one member per case, event populations one per qualifying event.
 */
record Rule(String indicatorId, Body body) implements Serializable {

  /** The member struct every rule yields; dates as days since 1970-01-01. */
  static final String MEMBER =
      "struct<indicator_id:string,reference_day:int,window_end:int,counterpart_country:string,in_numerator:boolean,"
          + "duration_days:int>";

  /** What a rule does with one journey. */
  @FunctionalInterface
  interface Body extends Serializable {
    void members(Journey j, Members out);
  }

  /** Collects the members of one rule for one journey. */
  static final class Members {
    private final List<Row> rows = new ArrayList<>();
    private String indicatorId;

    void start(String id) {
      indicatorId = id;
    }

    /** A member of a percent indicator: reference date, window end, counterpart, numerator flag. */
    void percent(int ref, int windowEnd, String counterpart, boolean numerator) {
      rows.add(RowFactory.create(indicatorId, ref, windowEnd, counterpart, numerator, null));
    }

    /** A member of a days indicator: its duration. */
    void days(int ref, String counterpart, int duration) {
      rows.add(RowFactory.create(indicatorId, ref, ref, counterpart, null, duration));
    }

    /** A member of a count indicator. */
    void count(int ref, String counterpart) {
      rows.add(RowFactory.create(indicatorId, ref, ref, counterpart, null, null));
    }

    List<Row> rows() {
      return rows;
    }
  }
}
