package org.mekong.mpm.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Kaplan–Meier survival estimate with Greenwood 95 % bounds, as the framework's survival table needs it. */
public final class KaplanMeier {
  private KaplanMeier() {}

  /** One member: followed for {@code time} days, ending in the event or censored. */
  public record Observation(long time, boolean event) {}

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

  /** The estimate, one step per distinct event time in ascending order; at equal times events come first. */
  public static List<Step> estimate(List<Observation> observations) {
    List<Observation> sorted = new ArrayList<>(observations);
    // a member censored on an event day is still at risk that day
    sorted.sort(Comparator.comparingLong(Observation::time).thenComparing(o -> !o.event()));
    List<Step> steps = new ArrayList<>();
    long atRisk = sorted.size();
    double s = 1;
    double greenwood = 0;
    int i = 0;
    while (i < sorted.size()) {
      long t = sorted.get(i).time();
      long events = 0;
      long leaving = 0;
      while (i < sorted.size() && sorted.get(i).time() == t) {
        if (sorted.get(i).event()) events++;
        leaving++;
        i++;
      }
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
        steps.add(new Step(t, atRisk, events, s, low, high));
      }
      atRisk -= leaving;
    }
    return steps;
  }
}
