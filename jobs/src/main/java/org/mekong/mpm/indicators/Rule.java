package org.mekong.mpm.indicators;

/**
 * The rule of one indicator: a Spark SQL expression over a case journey that yields the case's
 * members of the indicator's population, each an {@link #MEMBER} struct.
 *
 * <p>Case populations give at most one member per case; event populations give one member per
 * qualifying event, bound to {@code e} inside the expressions.
 */
record Rule(String indicatorId, String members) {

  /** The member struct's type, shared by every rule so that their arrays concatenate. */
  static final String MEMBER =
      "struct<indicator_id:string,ref:date,window_end:date,cp:string,num:boolean,dur:int>";

  /** One member per case of the population. */
  static Rule perCase(String id, String population, String ref, String windowEnd, String numerator,
      String duration) {
    return new Rule(id, "IF(coalesce(" + population + ", false), array("
        + member(id, ref, windowEnd, "NULL", numerator, duration) + "), array())");
  }

  /** One member per event {@code e} of the case that passes {@code eventFilter}. */
  static Rule perEvent(String id, String eventFilter, String windowEnd, String counterpart,
      String numerator, String duration) {
    return new Rule(id, "transform(filter(events, e -> coalesce(" + eventFilter + ", false)), e -> "
        + member(id, "e.event_date", windowEnd, counterpart, numerator, duration) + ")");
  }

  private static String member(String id, String ref, String windowEnd, String cp, String num,
      String dur) {
    return "named_struct('indicator_id', '" + id + "'"
        + ", 'ref', CAST(" + ref + " AS DATE)"
        + ", 'window_end', CAST(" + (windowEnd == null ? ref : windowEnd) + " AS DATE)"
        + ", 'cp', CAST(" + cp + " AS STRING)"
        + ", 'num', CAST(" + (num == null ? "NULL" : "coalesce(" + num + ", false)") + " AS BOOLEAN)"
        + ", 'dur', CAST(" + (dur == null ? "NULL" : dur) + " AS INT))";
  }
}
