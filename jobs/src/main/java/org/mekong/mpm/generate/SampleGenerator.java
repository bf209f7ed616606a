package org.mekong.mpm.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes deterministic synthetic submissions (extract format 1.0) for the six GMS countries: one story per
 * person, generated from its own seeded stream and written at once, so memory stays flat at any size.
 */
public final class SampleGenerator {
  /** The demonstration linkage key: the bytes 0 to 31, as in the format's test vectors. Never a real key. */
  private static final byte[] DEMO_KEY = demoKeyBytes();
  public static final String KEY_ID = "regional-demo-2026";
  /** Lao PDR's office exports a few weeks before the others. */
  public static final int LAO_DAYS_EARLIER = 21;
  // the last screening falls a fortnight before the extract, so every case has had time to be recorded
  private static final int LAST_SCREENING_BEFORE_EXTRACT = 15;

  /** What was written for one country. */
  public record Submission(String country, LocalDate extractDate, Path folder, long cases, long events) {}

  private SampleGenerator() {}

  /** The extract date of each country for a run whose main extract date is {@code extractDate}. */
  public static Map<String, LocalDate> extractDates(LocalDate extractDate) {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (String c : Codes.GMS) dates.put(c, c.equals("LAO") ? extractDate.minusDays(LAO_DAYS_EARLIER) : extractDate);
    return dates;
  }

  /** Writes {@code cases} cases in all under {@code out}; the same arguments always give the same bytes. */
  public static List<Submission> generate(Path out, long cases, long seed, LocalDate extractDate) throws IOException {
    LocalDate periodEnd = extractDate.minusDays(LAST_SCREENING_BEFORE_EXTRACT);
    if (periodEnd.isBefore(PersonPath.PERIOD_START)) {
      throw new IllegalArgumentException("the extract date must be after " + PersonPath.PERIOD_START.plusDays(LAST_SCREENING_BEFORE_EXTRACT));
    }
    Map<String, LocalDate> extracts = extractDates(extractDate);
    Registry registry = new Registry();
    PersonPath journey = new PersonPath(seed, periodEnd, registry, new Tokens(DEMO_KEY));
    Map<String, SubmissionWriter> writers = new LinkedHashMap<>();
    try {
      for (var e : extracts.entrySet()) writers.put(e.getKey(), new SubmissionWriter(out, e.getKey(), e.getValue(), KEY_ID));
      long written = 0;
      for (long story = 0; written < cases; story++) {
        Dice defects = Dice.forStory(~seed, story);
        for (CaseRecord k : journey.play(story)) {
          SubmissionWriter w = writers.get(k.country);
          if (w == null || written >= cases) continue;
          k.truncateAfter(extracts.get(k.country));
          if (k.events().isEmpty()) continue; // not yet known to that office
          CaseRows rows = new CaseRows(registry.caseId(k.country, k.opened.getYear()), k);
          List<String[]> orphans = new ArrayList<>(0);
          Defects.apply(k.country, rows, orphans, defects);
          w.write(rows);
          w.writeEvents(orphans);
          written++;
        }
      }
    } catch (IOException | RuntimeException e) {
      for (SubmissionWriter w : writers.values()) w.abort();
      throw e;
    }
    for (SubmissionWriter w : writers.values()) w.close();
    List<Submission> result = new ArrayList<>();
    for (SubmissionWriter w : writers.values()) {
      String c = w.folder().getParent().getFileName().toString();
      result.add(new Submission(c, extracts.get(c), w.folder(), w.cases(), w.events()));
    }
    return result;
  }

  /** The demonstration linkage key: the bytes 0 to 31. */
  public static byte[] demoKey() {
    return DEMO_KEY.clone();
  }

  private static byte[] demoKeyBytes() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) key[i] = (byte) i;
    return key;
  }
}
