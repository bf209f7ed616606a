package org.mekong.mpm.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.audit.DisclosureAudit;
import org.mekong.mpm.disclosure.DisclosureControl;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.InputScan;
import org.mekong.mpm.extract.LinkageKeyId;
import org.mekong.mpm.extract.SubmissionValidator;
import org.mekong.mpm.indicators.IndicatorAggregates;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.indicators.IndicatorMembers;
import org.mekong.mpm.indicators.IndicatorTable;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.MemberTable;
import org.mekong.mpm.indicators.Quarter;
import org.mekong.mpm.indicators.RetraffickingSurvival;
import org.mekong.mpm.indicators.ReturnExceptions;
import org.mekong.mpm.indicators.SurvivalRow;
import org.mekong.mpm.indicators.Targets;
import org.mekong.mpm.journey.CaseJourneys;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.publish.Leftovers;
import org.mekong.mpm.publish.LinkSwitch;
import org.mekong.mpm.publish.MartFrames;
import org.mekong.mpm.publish.MartSchemas;
import org.mekong.mpm.publish.Publication;
import org.mekong.mpm.publish.RunManifest;
import org.mekong.mpm.release.ApprovalPolicy;
import org.mekong.mpm.release.Release;
import org.mekong.mpm.release.ReleaseStore;
import org.mekong.mpm.release.ReleaseSummary;
import org.mekong.mpm.release.ReleaseWorkflow;
import org.mekong.mpm.spark.RunSession;
import org.mekong.mpm.stage.Ingest;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.stage.StagedSubmissions;
import org.mekong.mpm.stage.SubmissionRegistry;
import org.mekong.mpm.warehouse.RunLock;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * The quarterly job: extract → validated tables → case journeys → indicators → disclosure
 * control → published marts. I/O happens here and in the stages' readers and writers only.
 */
public final class QuarterlyJob {
  private static final Logger LOG = LogManager.getLogger(QuarterlyJob.class);

  public record Options(Path input, Path warehouse, String quarter, String from, String master, int k,
      Path targets, double maxRejectedShare, int shufflePartitions, Set<String> countries,
      Set<String> exclude, ApprovalPolicy approval) {}

  private final Options o;
  private final PrintStream out;
  private final LinkSwitch links;
  private final Stopwatch watch = new Stopwatch();

  public QuarterlyJob(Options options, PrintStream out) {
    this(options, out, LinkSwitch.ATOMIC_RENAME);
  }

  /** With the way {@code current} is switched given (tests make it fail or pause). */
  public QuarterlyJob(Options options, PrintStream out, LinkSwitch links) {
    this.o = options;
    this.out = out;
    this.links = links;
  }

  /** How a run ended, when it did not fail: the command line turns it into an exit status. */
  public enum Outcome {
    COMPLETED,
    /** A new submission was rejected (what was published before is untouched). */
    SUBMISSION_REJECTED
  }

  /** Runs the job. */
  public Outcome run() {
    if (!Files.isDirectory(o.input())) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "no input folder " + o.input() + "; give --input DIR with"
          + " <ISO3>/<YYYY-MM-DD>/ submissions.");
    }
    Quarter quarterOption = parseQuarter("--quarter", o.quarter());
    Quarter fromOption = parseQuarter("--from", o.from());
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    Targets targets = o.targets() == null ? Targets.none() : Targets.load(o.targets());
    Warehouse warehouse = Warehouse.open(o.warehouse());
    try (RunLock lock = RunLock.acquire(warehouse)) {
      ApprovalPolicy policy = ApprovalPolicy.settle(warehouse, o.approval());
      removeLeftovers(warehouse);
      InputScan scan = InputScan.scan(o.input());
      scan.warnings().forEach(w -> LOG.warn("{}", w));
      try (RunSession session = RunSession.start(o.master(), o.shufflePartitions(), warehouse.sparkScratch())) {
        return ingestAndPublish(session.spark(), warehouse, lock, scan, catalogue, targets, quarterOption,
            fromOption, policy);
      }
    }
  }

  private Outcome ingestAndPublish(SparkSession spark, Warehouse warehouse, RunLock lock, InputScan scan,
      IndicatorCatalogue catalogue, Targets targets, Quarter quarterOption, Quarter fromOption,
      ApprovalPolicy policy) {
    SubmissionRegistry registry = SubmissionRegistry.load(warehouse);
    SubmissionValidator validator = new SubmissionValidator(ExtractSchema.load(), o.maxRejectedShare(),
        LocalDate.now(ZoneOffset.UTC), o.countries());
    List<Ingest.Outcome> outcomes = Ingest.ingestNew(spark, registry, validator,
        scan.submissions().stream().map(InputScan.Submission::dir).toList());
    watch.lap("ingest");
    boolean rejected = outcomes.stream().anyMatch(x -> x.record().status().equals(SubmissionRecord.REJECTED));
    List<SubmissionRecord> current = new ArrayList<>(registry.current());
    // a country accepted earlier (before the participation rule, or under another --countries) is left out
    if (current.removeIf(r -> !o.countries().contains(r.country()))) {
      LOG.warn("current submissions of countries outside --countries are left out of this run");
    }
    // a country left out with --exclude has no submission in this release, as if it had never sent one
    current.removeIf(r -> o.exclude().contains(r.country()));
    if (current.isEmpty()) {
      String msg = "no country has accepted data in " + warehouse.root() + "; nothing was published.";
      if (rejected) {
        out.println("mpm: " + msg);
        return Outcome.SUBMISSION_REJECTED;
      }
      throw new Problem(Problem.Kind.FAILED, msg + " Put submissions under " + o.input() + " and run again.");
    }
    warnOnMixedKeys(current);
    publish(spark, warehouse, lock, registry, current, catalogue, targets, quarterOption, fromOption, policy);
    return rejected ? Outcome.SUBMISSION_REJECTED : Outcome.COMPLETED;
  }

  /** What killed or failed runs left (they held the lock; now this run does, so nothing is in use). */
  private static void removeLeftovers(Warehouse warehouse) {
    try {
      List<String> removed = Leftovers.remove(warehouse);
      if (!removed.isEmpty()) LOG.info("removed what earlier runs left unfinished: {}", removed);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot remove what an earlier run left in " + warehouse.root()
          + ": " + e.getMessage(), e);
    }
  }

  private void publish(SparkSession spark, Warehouse warehouse, RunLock lock, SubmissionRegistry registry,
      List<SubmissionRecord> current, IndicatorCatalogue catalogue, Targets targets, Quarter quarterOption,
      Quarter fromOption, ApprovalPolicy policy) {
    Map<String, LocalDate> extracts = new LinkedHashMap<>();
    current.forEach(r -> extracts.put(r.country(), LocalDate.parse(r.extractDate())));
    Quarter to = quarterOption != null ? quarterOption : lastQuarterEndedBy(extracts);

    StagedSubmissions staged = StagedSubmissions.read(spark, registry, current);
    Dataset<Row> cases = staged.cases();
    Dataset<Row> events = staged.events();
    Dataset<Row> submissions = cases.select("country", "extract_date").distinct();
    Dataset<Row> journeys = CaseJourneys.build(cases, events, submissions).persist();
    journeys.count();
    watch.lap("journeys");

    Dataset<Row> members = IndicatorMembers.of(journeys).persist();
    Quarter from = fromOption != null ? fromOption : earliestQuarter(members, to);
    if (from.compareTo(to) > 0) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--from " + from + " is after --quarter " + to + ".");
    }
    List<Row> aggregates = IndicatorAggregates.compute(members, from.toString(), to.toString()).collectAsList();
    List<IndicatorValue> values = IndicatorTable.build(aggregates, catalogue, targets, extracts, from, to);
    List<SurvivalRow> survival = RetraffickingSurvival.compute(journeys);
    members.unpersist();
    watch.lap("indicators");

    List<IndicatorValue> published = DisclosureControl.protect(values, o.k());
    List<SurvivalRow> publishedSurvival = DisclosureControl.protectSurvival(survival, o.k());
    watch.lap("disclosure protection");
    DisclosureAudit.requirePassed(values, published, o.k());
    watch.lap("disclosure audit");

    String runId = runId();
    Publication pub = new Publication(warehouse, runId, MartSchemas.load(), links);
    ReleaseStore store = new ReleaseStore(warehouse);
    Map<String, Release.Submission> included = new TreeMap<>();
    current.forEach(r -> included.put(r.country(), new Release.Submission(r.extractDate(), r.id())));
    Release draft = Release.draft(runId, from.toString(), to.toString(), included, List.copyOf(o.exclude()),
        ReleaseStore.now());
    pub.publish(release -> {
      MartFrames frames = new MartFrames(spark, MartSchemas.load());
      release.write(Tier.RESTRICTED, "indicator_values", frames.indicatorValues(Tier.RESTRICTED, runId, values));
      release.write(Tier.RESTRICTED, "return_exceptions", ReturnExceptions.of(journeys, from.toString(), to.toString()));
      release.write(Tier.RESTRICTED, "retrafficking_survival", frames.survival(Tier.RESTRICTED, survival));
      release.write(Tier.RESTRICTED, "quarantine", frames.quarantine(registry));
      release.write(Tier.PUBLIC, "indicator_values", frames.indicatorValues(Tier.PUBLIC, runId, published));
      release.write(Tier.PUBLIC, "indicator_catalogue", frames.catalogue(catalogue.all()));
      release.write(Tier.PUBLIC, "submissions", frames.submissions(registry.all()));
      release.write(Tier.PUBLIC, "data_quality", frames.dataQuality(registry.all()));
      release.write(Tier.PUBLIC, "retrafficking_survival", frames.survival(Tier.PUBLIC, publishedSurvival));
      Map<Tier, Map<String, Long>> counts = release.verify(spark);
      release.writeManifest(RunManifest.render(runId, from, to, o.k(), o.maxRejectedShare(), registry.all(), counts));
      store.save(draft);
      lock.requireHeld();
    });
    // the public tier waits for every country's approval, unless the warehouse publishes at once
    Release release = publishAtOnceIfAsked(warehouse, store, draft, policy);
    journeys.unpersist();
    watch.lap("publication");
    LOG.info("run {} written to {} as a {} release ({})", runId, warehouse.root(), release.state(), watch);
    out.print(HeadlineSummary.render(published, catalogue, to, o.k()));
    out.print(ReleaseSummary.afterRun(release, warehouse.root()));
  }

  /**
   * The draft logged, and published at once under {@code --approval none}. Should that publication
   * fail, the restricted tier stays on the new draft (complete) and the public tier where it was.
   */
  private Release publishAtOnceIfAsked(Warehouse warehouse, ReleaseStore store, Release draft,
      ApprovalPolicy policy) {
    String publicBefore = store.current(Tier.PUBLIC).orElse(null);
    try {
      return new ReleaseWorkflow(store, new PrintWriter(out, true), links).drafted(draft, policy);
    } catch (RuntimeException e) {
      if (e instanceof Problem m && m.kind() != Problem.Kind.FAILED) throw e;
      throw new Problem(Problem.Kind.FAILED, "release " + draft.runId() + " was written but publishing it failed ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")."
          + " restricted: on the new release " + draft.runId() + " (complete, a DRAFT). marts: "
          + Publication.stillOn(publicBefore) + ". Run again when the cause is fixed.", e);
    }
  }

  private void warnOnMixedKeys(List<SubmissionRecord> current) {
    TreeSet<String> keys = new TreeSet<>();
    current.forEach(r -> {
      // a record ingested before key ids were checked may hold anything: it counts, unnamed
      if (r.linkageKeyId() != null) keys.add(LinkageKeyId.valid(r.linkageKeyId()) ? r.linkageKeyId() : "(withheld)");
    });
    if (keys.size() > 1) {
      String msg = "warning: current submissions use different linkage key ids " + keys
          + "; tokens under different keys never match, so cross-border and re-trafficking matches are missed.";
      LOG.warn(msg);
      out.println(msg);
    }
  }

  /** The latest quarter that ended on or before the newest accepted extract date. */
  static Quarter lastQuarterEndedBy(Map<String, LocalDate> extracts) {
    LocalDate newest = extracts.values().stream().max(LocalDate::compareTo).orElseThrow();
    Quarter q = Quarter.of(newest);
    return q.end().equals(newest) ? q : Quarter.of(q.start().minusDays(1));
  }

  /** The earliest quarter holding the reference date of an observable member of any indicator. */
  private static Quarter earliestQuarter(Dataset<Row> members, Quarter to) {
    Row r = members.agg(org.apache.spark.sql.functions.min(MemberTable.REFERENCE_DATE)).first();
    return r.isNullAt(0) ? to : Quarter.of(r.getDate(0).toLocalDate());
  }

  private static Quarter parseQuarter(String option, String text) {
    if (text == null) return null;
    try {
      return Quarter.parse(text);
    } catch (RuntimeException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, option + " takes a quarter as YYYYQn, e.g. 2026Q3; got '" + text + "'.");
    }
  }

  private static String runId() {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + Long.toHexString(System.nanoTime() & 0xffff);
  }

  /** Wall time per stage, for the progress lines and the benchmark. */
  static final class Stopwatch {
    private long last = System.nanoTime();
    private final List<String> laps = new ArrayList<>();

    void lap(String stage) {
      long now = System.nanoTime();
      String s = String.format(java.util.Locale.ROOT, "%s %.1f s", stage, (now - last) / 1e9);
      laps.add(s);
      LOG.info("stage {}", s);
      last = now;
    }

    @Override
    public String toString() {
      return String.join(", ", laps);
    }
  }
}
