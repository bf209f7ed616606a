package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * Pseudo-random but additive indicator_values, aggregated from generated members the way the
 * mart is: totals for every country with a submission (possibly 0), the region, and disaggregated
 * rows only where the denominator is above 0.
 */
public final class SyntheticMart {
  public static final String[] COUNTRIES = {"CHN", "KHM", "LAO", "MMR", "THA", "VNM"};
  private static final String[] SEX = {"F", "M", "X", "U"};
  private static final String[] AGE = {"CHILD", "ADULT", "UNKNOWN"};
  private static final String[] NAT = {"BGD", "CHN", "IDN", "IND", "KHM", "LAO", "MMR", "NPL",
      "PHL", "THA", "VNM", "XXA", "XXX", "MYS", "LKA"};
  private static final String[] EXP = {"BEGGING", "CRIMINALITY", "DOMESTIC", "FISHING",
      "FORCED_MARRIAGE", "LABOUR", "ORGAN", "SEXUAL"};

  private SyntheticMart() {}

  /** One member of a population: its categories and whether it meets the numerator. */
  private record Member(String sex, String age, String nat, List<String> exp, String cp, boolean met) {}

  /**
   * The rows of one family. Members come from {@code populationSeed}, numerators from
   * {@code numeratorSeed}: two indicators with one population share the first.
   */
  public static List<IndicatorValue> family(String period, String indicator, long populationSeed,
      long numeratorSeed, int maxMembers) {
    Random pop = new Random(populationSeed);
    Random num = new Random(numeratorSeed);
    Map<List<String>, long[]> counts = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    List<IndicatorValue> rows = new ArrayList<>();
    long[] region = new long[2];
    for (String country : COUNTRIES) {
      double roll = pop.nextDouble();
      if (roll < 0.05) {
        rows.add(Rows.row(period, indicator, country, null, Rows.ALL, null, null));
        continue;
      }
      // Skewed sizes: many small countries, some empty, a few large.
      int n = roll < 0.12 ? 0 : (int) (maxMembers * Math.pow(pop.nextDouble(), 2));
      long[] total = new long[2];
      for (int i = 0; i < n; i++) {
        Member m = member(pop, num, country);
        long met = m.met ? 1 : 0;
        total[0] += met;
        total[1]++;
        add(counts, country, Dimension.SEX, m.sex, met);
        add(counts, country, Dimension.AGE_GROUP, m.age, met);
        add(counts, country, Dimension.NATIONALITY, m.nat, met);
        for (String e : m.exp) add(counts, country, Dimension.EXPLOITATION_TYPE, e, met);
        add(counts, country, Dimension.COUNTERPART_COUNTRY, m.cp, met);
      }
      region[0] += total[0];
      region[1] += total[1];
      rows.add(Rows.row(period, indicator, country, null, Rows.ALL, total[0], total[1]));
    }
    rows.add(Rows.row(period, indicator, Rows.ALL, null, Rows.ALL, region[0], region[1]));
    counts.forEach((key, c) -> rows.add(Rows.row(period, indicator, key.get(0),
        Dimension.valueOf(key.get(1)), key.get(2), c[0], c[1])));
    return rows;
  }

  private static Member member(Random pop, Random num, String country) {
    String sex = SEX[pick(pop, 4)];
    String age = AGE[pick(pop, 3)];
    String nat = pop.nextDouble() < 0.6 ? country : NAT[pick(pop, NAT.length)];
    List<String> exp = new ArrayList<>();
    int types = pick(pop, 3);
    for (int t = 0; t < types; t++) {
      String e = EXP[pick(pop, EXP.length)];
      if (!exp.contains(e)) exp.add(e);
    }
    String cp = COUNTRIES[pick(pop, COUNTRIES.length)];
    return new Member(sex, age, nat, exp, cp, num.nextDouble() < 0.7);
  }

  /** Skewed towards the first codes, as real category sizes are. */
  private static int pick(Random r, int n) {
    return Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), 1.8)));
  }

  private static void add(Map<List<String>, long[]> counts, String country, Dimension d,
      String category, long met) {
    for (String c : new String[] {country, Rows.ALL}) {
      long[] v = counts.computeIfAbsent(List.of(c, d.name(), category), k -> new long[2]);
      v[0] += met;
      v[1]++;
    }
  }

  /**
   * Four quarters of {@code year} and the year itself: the year's rows summed from its quarters'
   * members (so linked across time); a country without a submission in any quarter has none for the year.
   */
  public static List<IndicatorValue> year(int year, String indicator, long seed, int maxMembers) {
    List<IndicatorValue> rows = new ArrayList<>();
    Map<List<String>, long[]> sums = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    Map<List<String>, IndicatorValue> shape = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    for (int q = 1; q <= 4; q++) {
      for (IndicatorValue v : family(year + "Q" + q, indicator, seed * 7 + q, seed * 13 + q, maxMembers)) {
        rows.add(v);
        List<String> key = List.of(v.country(), String.valueOf(v.dimension()), v.category());
        shape.putIfAbsent(key, v);
        long[] s = sums.computeIfAbsent(key, x -> new long[] {0, 0, 0});
        if (v.denominator() != null) {
          s[0] += v.numerator();
          s[1] += v.denominator();
          s[2] = 1;
        }
      }
    }
    shape.forEach((key, v) -> {
      long[] s = sums.get(key);
      rows.add(Rows.row(Integer.toString(year), indicator, v.country(), v.dimension(), v.category(),
          s[2] == 0 ? null : s[0], s[2] == 0 ? null : s[1]));
    });
    return rows;
  }
}
