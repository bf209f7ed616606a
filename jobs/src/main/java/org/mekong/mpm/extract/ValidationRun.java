package org.mekong.mpm.extract;

import static org.mekong.mpm.extract.ExtractSchema.CASES;
import static org.mekong.mpm.extract.ExtractSchema.EVENTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One validation of one submission. Phases: manifest and layout, headers, a checking pass over each
 * file (hash, counts, row checks), the submission verdict and warnings, then a second pass that
 * quarantines duplicate case rows and hands accepted rows to the sink.
 */
final class ValidationRun {
  private final ExtractSchema schema;
  private final Path dir;
  private final LocalDate runDate;
  private final Set<String> participating;
  private final double maxRejectedShare;
  private final CleanRowSink sink;
  private final ToLongFunction<String> fingerprint;

  private final Findings findings = new Findings();
  private final IssueTally issues = new IssueTally();
  private final List<QuarantinedRow> caseQuarantine = new ArrayList<>();
  private final List<QuarantinedRow> eventQuarantine = new ArrayList<>();
  private final Map<String, HeaderMap> headers = new HashMap<>();
  private final Map<String, String> sha = new HashMap<>();
  private final Map<String, long[]> counts = new HashMap<>(); // file -> {checked, rejected}
  private final Map<String, Boolean> unreadable = new HashMap<>();

  private Manifest manifest;
  private CaseTable cases;
  private EventTimeline timeline;
  private final BitSet caseOk = new BitSet();
  private final BitSet eventOk = new BitSet();
  private boolean tokenSeen;
  private long acceptedCases;
  private long acceptedEvents;

  ValidationRun(ExtractSchema schema, Path dir, LocalDate runDate, Set<String> participating,
      double maxRejectedShare, CleanRowSink sink) {
    this(schema, dir, runDate, participating, maxRejectedShare, sink, CaseTable.FINGERPRINT);
  }

  /** With the fingerprint of case ids given: tests pass a weak one to force collisions. */
  ValidationRun(ExtractSchema schema, Path dir, LocalDate runDate, Set<String> participating,
      double maxRejectedShare, CleanRowSink sink, ToLongFunction<String> fingerprint) {
    this.fingerprint = fingerprint;
    this.schema = schema;
    this.dir = dir;
    this.runDate = runDate;
    this.participating = participating;
    this.maxRejectedShare = maxRejectedShare;
    this.sink = sink == null ? CleanRowSink.NONE : sink;
  }

  ValidationResult run() throws IOException {
    manifest = new ManifestReader(schema, findings).read(dir);
    SubmissionFolder.checkNames(dir, manifest, runDate, participating, findings);
    SubmissionFolder.checkEntries(dir, findings);
    readHeaders();
    if (!findings.isEmpty()) {
      hashPresentFiles();
      return result();
    }
    int extractDay = (int) manifest.extractDate().toEpochDay();
    checkCases(extractDay);
    checkEvents(extractDay);
    judgeSubmission();
    warnCases();
    timeline.warn(issues, EVENTS);
    boolean accepted = findings.isEmpty();
    if (!Boolean.TRUE.equals(unreadable.get(CASES)) && (cases.duplicateRows() > 0 || accepted)) {
      emitCases(extractDay, accepted);
    }
    if (accepted && sink != CleanRowSink.NONE) emitEvents(extractDay);
    return result();
  }

  private void readHeaders() throws IOException {
    for (String file : SubmissionFolder.DATA_FILES) {
      Path p = dir.resolve(file);
      if (!SubmissionFolder.isDataFile(p)) continue;
      try (StrictCsvReader r = open(file, null)) {
        HeaderMap h = HeaderMap.read(r, file, schema.columns(file), findings);
        if (h != null) headers.put(file, h);
      } catch (EncodingInvalidException e) {
        findings.add(ReasonCode.ENCODING_INVALID, file + ": not valid UTF-8 (first bad byte on line " + e.line() + ")");
      }
    }
  }

  private void checkCases(int extractDay) throws IOException {
    List<String> names = schema.caseColumns();
    int idCol = names.indexOf("case_id");
    int sexCol = names.indexOf("sex");
    int tokenCol = names.indexOf("person_token");
    List<String> sexCodes = List.copyOf(schema.columns(CASES).get(sexCol).codes());
    RowChecker checker = new RowChecker(schema, CASES, manifest.reportingCountry(), extractDay);
    cases = new CaseTable(expectedCaseIds(), fingerprint);
    firstPass(CASES, names.size(), caseQuarantine, (line, idx, v) -> {
      if (v[tokenCol] != null) tokenSeen = true;
      ReasonCode reason = checker.check(v);
      int slot = checker.passed[idCol] ? cases.addRow(v[idCol]) : -1;
      if (reason != null) {
        reject(CASES, line, reason, v, checker.passed, caseQuarantine);
        return;
      }
      cases.markOk(slot, line, sexCodes.indexOf(v[sexCol]), v[tokenCol]);
      caseOk.set(idx);
    });
    if (cases.needsSettling()) cases.settle(this::replayCases);
    counts.get(CASES)[1] += cases.duplicateRows();
    acceptedCases = cases.acceptedCount();
  }

  private void checkEvents(int extractDay) throws IOException {
    int idCol = schema.eventColumns().indexOf("case_id");
    RowChecker checker = new RowChecker(schema, EVENTS, manifest.reportingCountry(), extractDay);
    int detailCol = checker.detailColumn();
    timeline = new EventTimeline(schema, cases.size(), dayBase());
    firstPass(EVENTS, schema.eventColumns().size(), eventQuarantine, (line, idx, v) -> {
      ReasonCode reason = checker.check(v);
      int slot = reason == null ? cases.acceptedSlot(v[idCol]) : -1;
      if (reason == null && slot < 0) reason = ReasonCode.ORPHAN_EVENT;
      if (reason != null) {
        reject(EVENTS, line, reason, v, checker.passed, eventQuarantine);
        return;
      }
      eventOk.set(idx);
      acceptedEvents++;
      if (checker.dropInapplicableFlags(v)) issues.add(EVENTS, ReasonCode.FLAG_NOT_APPLICABLE, line);
      timeline.add(slot, line, checker.eventDay, checker.eventType, detailCol < 0 ? null : v[detailCol]);
    });
  }

  /** What the first pass does with one well-formed record, its values in canonical column order. */
  @FunctionalInterface
  private interface RecordCheck {
    void check(long line, int index, String[] values);
  }

  /**
   * The first pass over one file: hashes it, counts its records, quarantines malformed ones and
   * hands every other record to {@code check}; a file that stops decoding is marked unreadable.
   */
  private void firstPass(String file, int columns, List<QuarantinedRow> quarantine, RecordCheck check)
      throws IOException {
    String[] v = new String[columns];
    HeaderMap h = headers.get(file);
    long[] c = counts.computeIfAbsent(file, k -> new long[2]);
    MessageDigest digest = sha256();
    try (StrictCsvReader r = open(file, digest)) {
      try {
        r.next();
        int row = 0;
        while (r.next()) {
          int idx = row++;
          c[0]++;
          if (r.malformed() || r.size() != h.width) {
            reject(file, r.line(), ReasonCode.MALFORMED_ROW, null, null, quarantine);
            continue;
          }
          h.canonical(r, v);
          check.check(r.line(), idx, v);
        }
      } catch (EncodingInvalidException e) {
        encodingInvalid(file, e, r);
      }
    }
    sha.put(file, HexFormat.of().formatHex(digest.digest()));
  }

  /** The submission-level checks that need the whole files read. */
  private void judgeSubmission() {
    for (String file : SubmissionFolder.DATA_FILES) {
      Manifest.FileEntry declared = manifest.files().get(file);
      if (!declared.sha256().equals(sha.get(file))) {
        findings.add(ReasonCode.CHECKSUM_MISMATCH, file + ": sha256 differs from the manifest");
      }
      long checked = counts.get(file)[0];
      if (!Boolean.TRUE.equals(unreadable.get(file)) && declared.rows() != checked) {
        findings.add(ReasonCode.ROW_COUNT_MISMATCH,
            file + ": " + checked + " data rows, the manifest declares " + declared.rows());
      }
    }
    if (tokenSeen && manifest.linkageKeyId() == null) {
      findings.add(ReasonCode.TOKEN_WITHOUT_KEY, "cases.csv carries person_token values but linkage_key_id is null");
    }
    long total = counts.get(CASES)[0] + counts.get(EVENTS)[0];
    long rejected = counts.get(CASES)[1] + counts.get(EVENTS)[1];
    if (total > 0 && (double) rejected / total > maxRejectedShare) {
      findings.add(ReasonCode.TOO_MANY_REJECTED_ROWS, rejected + " of " + total
          + " rows rejected, above the allowed share of " + maxRejectedShare);
    }
  }

  private void warnCases() {
    for (int s = 0; s < cases.size(); s++) {
      if (cases.accepted(s) && timeline.eventsOf(s) == 0) issues.add(CASES, ReasonCode.CASE_WITHOUT_EVENTS, cases.line(s));
    }
    cases.forEachTokenSexConflict(this::replayCases,
        s -> issues.add(CASES, ReasonCode.TOKEN_SEX_CONFLICT, cases.line(s)));
  }

  /**
   * cases.csv read again for {@link CaseTable}: every well-formed row whose case_id passes its
   * check, up to where the first pass stopped (an undecodable byte).
   */
  private void replayCases(CaseTable.RowVisitor visitor) {
    List<String> names = schema.caseColumns();
    int idCol = names.indexOf("case_id");
    int sexCol = names.indexOf("sex");
    int tokenCol = names.indexOf("person_token");
    List<String> sexCodes = List.copyOf(schema.columns(CASES).get(sexCol).codes());
    RowChecker checker = new RowChecker(schema, CASES, manifest.reportingCountry(),
        (int) manifest.extractDate().toEpochDay());
    HeaderMap h = headers.get(CASES);
    String[] v = new String[names.size()];
    try (StrictCsvReader r = open(CASES, null)) {
      r.next();
      while (r.next()) {
        if (r.malformed() || r.size() != h.width) continue;
        h.canonical(r, v);
        ReasonCode reason = checker.check(v);
        if (checker.passed[idCol]) {
          boolean ok = reason == null;
          visitor.row(v[idCol], ok, r.line(), ok ? sexCodes.indexOf(v[sexCol]) : -1, v[tokenCol]);
        }
      }
    } catch (EncodingInvalidException e) {
      // the first pass stopped here too
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many ids to size the case table for: the declared rows, but no more than one per 32 bytes
   * of the file, so that a wrong manifest cannot make it allocate much more than the file needs
   * (the table grows past the estimate if it must).
   */
  private long expectedCaseIds() {
    long declared = Math.max(0, manifest.files().get(CASES).rows());
    try {
      return Math.min(declared, Files.size(dir.resolve(CASES)) / 32 + 1);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Second pass over cases.csv: duplicate rows are known now; accepted rows go to the sink. */
  private void emitCases(int extractDay, boolean accepted) throws IOException {
    int idCol = schema.caseColumns().indexOf("case_id");
    RowChecker checker = new RowChecker(schema, CASES, manifest.reportingCountry(), extractDay);
    HeaderMap h = headers.get(CASES);
    try (StrictCsvReader r = open(CASES, null)) {
      r.next();
      int row = 0;
      while (r.next()) {
        if (!caseOk.get(row++)) continue;
        String[] v = new String[schema.caseColumns().size()];
        h.canonical(r, v);
        checker.check(v);
        if (cases.duplicated(v[idCol])) {
          quarantine(CASES, r.line(), ReasonCode.DUPLICATE_CASE_ID, v, checker.passed, caseQuarantine);
        } else if (accepted) {
          sink.caseRow(r.line(), v);
        }
      }
    }
  }

  private void emitEvents(int extractDay) throws IOException {
    int idCol = schema.eventColumns().indexOf("case_id");
    RowChecker checker = new RowChecker(schema, EVENTS, manifest.reportingCountry(), extractDay);
    HeaderMap h = headers.get(EVENTS);
    try (StrictCsvReader r = open(EVENTS, null)) {
      r.next();
      int row = 0;
      while (r.next()) {
        if (!eventOk.get(row++)) continue;
        String[] v = new String[schema.eventColumns().size()];
        h.canonical(r, v);
        checker.check(v);
        checker.dropInapplicableFlags(v);
        sink.eventRow(r.line(), cases.line(cases.acceptedSlot(v[idCol])), v);
      }
    }
  }

  private void reject(String file, long line, ReasonCode reason, String[] v, boolean[] passed,
      List<QuarantinedRow> into) {
    counts.get(file)[1]++;
    quarantine(file, line, reason, v, passed, into);
  }

  private void quarantine(String file, long line, ReasonCode reason, String[] v, boolean[] passed,
      List<QuarantinedRow> into) {
    issues.add(file, reason, line);
    LinkedHashMap<String, String> kept = new LinkedHashMap<>();
    if (v != null) {
      List<String> names = CASES.equals(file) ? schema.caseColumns() : schema.eventColumns();
      for (int i = 0; i < v.length; i++) if (passed[i] && v[i] != null) kept.put(names.get(i), v[i]);
    }
    into.add(new QuarantinedRow(file, line, reason, kept));
  }

  private void encodingInvalid(String file, EncodingInvalidException e, StrictCsvReader r) throws IOException {
    findings.add(ReasonCode.ENCODING_INVALID, file + ": not valid UTF-8 (first bad byte on line " + e.line() + ")");
    unreadable.put(file, true);
    r.drain();
  }

  private void hashPresentFiles() throws IOException {
    for (String file : SubmissionFolder.DATA_FILES) {
      Path p = dir.resolve(file);
      if (!SubmissionFolder.isDataFile(p)) continue;
      MessageDigest digest = sha256();
      byte[] buf = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
        int n;
        while ((n = in.read(buf)) >= 0) digest.update(buf, 0, n);
      }
      sha.put(file, HexFormat.of().formatHex(digest.digest()));
    }
  }

  private StrictCsvReader open(String file, MessageDigest digest) throws IOException {
    // a link swapped in after the entry checks fails to open rather than being followed
    return new StrictCsvReader(Files.newInputStream(dir.resolve(file), LinkOption.NOFOLLOW_LINKS), digest);
  }

  private int dayBase() {
    int idx = schema.eventColumns().indexOf("event_date");
    int min = schema.columns(EVENTS).get(idx).minEpochDay();
    return min == IsoDate.INVALID ? 0 : min;
  }

  private ValidationResult result() {
    ReasonCode rejection = findings.first();
    List<ValidationResult.FileSummary> files = new ArrayList<>();
    for (String file : SubmissionFolder.DATA_FILES) {
      long[] c = counts.getOrDefault(file, new long[2]);
      files.add(new ValidationResult.FileSummary(file, c[0], c[1], sha.get(file)));
    }
    List<QuarantinedRow> quarantined = new ArrayList<>();
    if (rejection == null) {
      // nothing of a rejected submission is used, its quarantine included
      caseQuarantine.sort(Comparator.comparingLong(QuarantinedRow::line));
      quarantined.addAll(caseQuarantine);
      quarantined.addAll(eventQuarantine);
    }
    String country = manifest != null && manifest.reportingCountry() != null
        ? manifest.reportingCountry() : SubmissionFolder.plausibleCountryName(dir);
    LocalDate date = manifest != null ? manifest.extractDate() : null;
    if (date == null) {
      int d = IsoDate.epochDay(SubmissionFolder.dateName(dir));
      date = d == IsoDate.INVALID ? null : LocalDate.ofEpochDay(d);
    }
    return new ValidationResult(
        dir,
        country,
        date,
        manifest == null ? null : manifest.formatVersion(),
        manifest == null ? null : manifest.linkageKeyId(),
        rejection == null ? ValidationResult.Status.ACCEPTED : ValidationResult.Status.REJECTED,
        rejection,
        findings.sorted(),
        List.copyOf(files),
        rejection == null ? acceptedCases : 0,
        rejection == null ? acceptedEvents : 0,
        issues.issues(SubmissionFolder.DATA_FILES),
        List.copyOf(quarantined));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
