package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded randomness for one story: the same seed and story number always give the same choices. */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  // stories are independent streams, so generating story n never depends on how much story n-1 drew
  static Dice forStory(long seed, long story) {
    return new Dice(mix(mix(seed) + story));
  }

  // SplitMix64's finaliser: neighbouring seeds give unrelated streams
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double unit() {
    return random.nextDouble();
  }

  /** A uniform integer in [lo, hi], both included. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  LocalDate plus(LocalDate d, int lo, int hi) {
    return d.plusDays(between(lo, hi));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index drawn with the given relative weights. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  long nextLong() {
    return random.nextLong();
  }
}
