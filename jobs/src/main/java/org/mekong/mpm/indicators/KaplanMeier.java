package org.mekong.mpm.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Kaplan–Meier survival estimate with Greenwood 95 % bounds, as the framework's survival table needs it. */
public final class KaplanMeier {
  private KaplanMeier() {}

  /**
   * The members of a group whose follow-up ends on day {@code time}: {@code events} of them with the
   * event, {@code censored} censored. The estimate needs nothing finer, so Spark aggregates to these.
   */
  public record Tally(long time, long events, long censored) {}

  /**
   * One day on which at least one event occurs.
   *
   * @param ciLow {@code S − z·S·√(Σ d/(n(n−d)))} clamped to [0, 1]; null where S = 0
   * @param ciHigh {@code S + z·S·√(Σ d/(n(n−d)))} clamped to [0, 1]; null where S = 0
   */
  public record Step(long day, long atRisk, long events, double survival, Double ciLow, Double ciHigh) {

    /** The mart row for this step. */
    public SurvivalRow toRow(String country, String receptionYear) {
      return new SurvivalRow(country, receptionYear, Math.toIntExact(day), atRisk, events, survival, ciLow, ciHigh);
    }
  }

  /**
   * The estimate, one step per time with events in ascending order. At equal times events come
   * first: a member censored on an event day is still at risk that day. Tallies may come in any
   * order but each time at most once.
   */
  public static List<Step> estimate(List<Tally> tallies) {
    List<Tally> sorted = new ArrayList<>(tallies);
    sorted.sort(Comparator.comparingLong(Tally::time));
    long atRisk = 0;
    for (Tally t : sorted) atRisk += t.events() + t.censored();
    List<Step> steps = new ArrayList<>();
    double s = 1;
    double greenwood = 0;
    long previous = Long.MIN_VALUE;
    for (Tally t : sorted) {
      if (t.time() == previous) throw new IllegalArgumentException("two tallies for time " + previous);
      previous = t.time();
      long events = t.events();
      if (events > 0) {
        s *= (double) (atRisk - events) / atRisk;
        Double low = null;
        Double high = null;
        if (events < atRisk) {
          greenwood += (double) events / ((double) atRisk * (atRisk - events));
          double half = Z.Z95 * s * Math.sqrt(greenwood);
          low = Math.max(0, s - half);
          high = Math.min(1, s + half);
        } else {
          s = 0; // exactly zero, not a rounding residue, so readers can test for it
        }
        steps.add(new Step(t.time(), atRisk, events, s, low, high));
      }
      atRisk -= events + t.censored();
    }
    return steps;
  }
}
