package org.mekong.mpm.release;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.publish.LinkSwitch;
import org.mekong.mpm.publish.MartRows;
import org.mekong.mpm.publish.MartSchemas;
import org.mekong.mpm.publish.Publication;
import org.mekong.mpm.publish.SmallMart;
import org.mekong.mpm.warehouse.Modes;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * The state changes of the releases contract. Callers hold the warehouse lock. Each change writes
 * the state files whole (temporary file, rename) and appends to the history; a publication or
 * rollback switches the public link first and the states after, in an order that lets
 * {@link #repair} tell, after a kill, which of the two was interrupted.
 */
public final class ReleaseWorkflow {
  private final ReleaseStore store;
  private final PrintWriter notices;
  private final LinkSwitch links;

  public ReleaseWorkflow(ReleaseStore store, PrintWriter notices) {
    this(store, notices, LinkSwitch.ATOMIC_RENAME);
  }

  /** With the way the public {@code current} is switched given (tests make it fail or pause). */
  public ReleaseWorkflow(ReleaseStore store, PrintWriter notices, LinkSwitch links) {
    this.store = store;
    this.notices = notices;
    this.links = links;
  }

  /** After {@code mpm run} switched the restricted tier to a new release: logged, and published at once under {@code --approval none}. */
  public Release drafted(Release draft, ApprovalPolicy policy) {
    store.log(draft.runId(), null, ReleaseState.DRAFT.name(), null, "mpm run", null);
    if (policy == ApprovalPolicy.NONE) return publish(draft, "mpm run (--approval none)");
    return draft;
  }

  public Release approve(String runId, Approval a) {
    return change(runId, r -> r.approve(a), a.country(), a.by(), a.note());
  }

  public Release revoke(String runId, Approval a) {
    return change(runId, r -> r.revoke(a), a.country(), a.by(), a.note());
  }

  public Release withdraw(String runId, String by, String note) {
    return change(runId, r -> r.withdraw(ReleaseStore.now()), null, by, note);
  }

  /** One state change of a release: saved (temp file and rename), then logged in the history. */
  private Release change(String runId, UnaryOperator<Release> transition, String country,
      String by, String note) {
    Release before = store.get(runId);
    Release after = transition.apply(before);
    store.save(after);
    store.log(runId, before.state(), after.state().name(), country, by, note);
    return after;
  }

  /** {@code mpm publish}: only an APPROVED release (exit 1 naming the missing approvals otherwise). */
  public Release publish(String runId, String by) {
    Release r = store.get(runId);
    if (r.state() == ReleaseState.DRAFT) {
      throw new Problem(Problem.Kind.REFUSED, "release " + runId + " is a DRAFT still missing the approval of "
          + String.join(" ", r.missing()) + "; nothing was published. Each must run: mpm approve --release "
          + runId + " --country ISO3 --by ROLE");
    }
    if (r.state() != ReleaseState.APPROVED) {
      throw new Problem(Problem.Kind.REFUSED, "release " + runId + " is " + r.state()
          + "; only an APPROVED release can be published (to bring back an earlier one, use mpm rollback).");
    }
    requireComplete(r);
    return publish(r, by);
  }

  private Release publish(Release r, String by) {
    Optional<String> previous = store.current(Tier.PUBLIC);
    Path folder = store.folder(Tier.PUBLIC, r.runId());
    MartSchemas schemas = MartSchemas.load();
    List<Object[]> revisionRows = new ArrayList<>();
    if (previous.isPresent() && !previous.get().equals(r.runId())) {
      List<Revisions.Revision> revs = Revisions.between(
          MartRows.read(store.folder(Tier.PUBLIC, previous.get()).resolve("indicator_values")),
          MartRows.read(folder.resolve("indicator_values")));
      for (Revisions.Revision v : revs) revisionRows.add(revisionRow(v, previous.get(), r.runId()));
    }
    String at = ReleaseStore.now();
    Release published = r.published(at);
    List<Release> before = store.all().stream().filter(x -> !x.runId().equals(r.runId())).toList();
    List<Release> displaced = before.stream().filter(x -> x.state() == ReleaseState.PUBLISHED).toList();
    List<Release> listing = new ArrayList<>();
    listing.add(published);
    for (Release x : before) listing.add(x.state() == ReleaseState.PUBLISHED ? x.superseded() : x);
    try {
      // leftovers of an interrupted publication of this same release (never current: it is not published)
      Warehouse.deleteTree(folder.resolve("revisions"));
      Warehouse.deleteTree(folder.resolve("releases"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SmallMart.write(folder.resolve("revisions"), schemas.schema(Tier.PUBLIC, "revisions"), revisionRows);
    SmallMart.write(folder.resolve("releases"), schemas.schema(Tier.PUBLIC, "releases"), releaseRows(listing));
    try {
      Modes.readableByAll(folder.resolve("revisions"));
      Modes.readableByAll(folder.resolve("releases"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set the modes of release " + r.runId(), e);
    }
    Publication.switchTo(store.warehouse(), Tier.PUBLIC, r.runId(), links);
    for (Release d : displaced) {
      store.save(d.superseded());
      store.log(d.runId(), d.state(), ReleaseState.SUPERSEDED.name(), null, by, "superseded by " + r.runId());
    }
    store.save(published);
    store.log(r.runId(), r.state(), ReleaseState.PUBLISHED.name(), null, by, null);
    return published;
  }

  /** {@code mpm rollback}: the published release is withdrawn and the one published before it is current again. */
  public Release rollback(String by, String note) {
    List<Release> all = store.all();
    Release current = all.stream().filter(x -> x.state() == ReleaseState.PUBLISHED).findFirst()
        .orElseThrow(() -> new Problem(Problem.Kind.BAD_REQUEST, "no release is published in " + store.warehouse().root()
            + "; there is nothing to roll back."));
    Release earlier = all.stream().filter(x -> x.state() == ReleaseState.SUPERSEDED)
        .max(Comparator.comparing((Release x) -> String.valueOf(x.publishedAt())).thenComparing(Release::runId))
        .orElseThrow(() -> new Problem(Problem.Kind.BAD_REQUEST, "no earlier published release to roll back to from "
            + current.runId() + "; nothing was changed. Publish a corrected release instead."));
    requireComplete(earlier);
    String at = ReleaseStore.now();
    Publication.switchTo(store.warehouse(), Tier.PUBLIC, earlier.runId(), links);
    store.save(current.withdrawn(at));
    store.log(current.runId(), current.state(), ReleaseState.WITHDRAWN.name(), null, by, note);
    Release restored = earlier.published(at);
    store.save(restored);
    store.log(earlier.runId(), earlier.state(), ReleaseState.PUBLISHED.name(), null, by,
        "rollback from " + current.runId());
    return restored;
  }

  /** {@code mpm prune --keep N}: WITHDRAWN and SUPERSEDED releases beyond the newest N; never one a link points to. */
  public List<String> prune(int keep) {
    List<Release> all = store.all();
    List<String> removed = new ArrayList<>();
    for (int i = keep; i < all.size(); i++) {
      Release r = all.get(i);
      boolean linked = store.current(Tier.PUBLIC).filter(r.runId()::equals).isPresent()
          || store.current(Tier.RESTRICTED).filter(r.runId()::equals).isPresent();
      if (linked || (r.state() != ReleaseState.WITHDRAWN && r.state() != ReleaseState.SUPERSEDED)) continue;
      store.log(r.runId(), r.state(), "PRUNED", null, "mpm prune", "--keep " + keep);
      try {
        store.remove(r.runId());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove release " + r.runId(), e);
      }
      removed.add(r.runId());
    }
    return removed;
  }

  /**
   * Brings the state files into agreement with the public link after a kill between the switch and
   * the state writes: publish saves the displaced release first, rollback the withdrawn one, so the
   * link's release tells which was interrupted (APPROVED/DRAFT: a publication; SUPERSEDED: a rollback).
   */
  public void repair() {
    Optional<String> linked = store.current(Tier.PUBLIC);
    if (linked.isEmpty()) return;
    Optional<Release> target = store.find(linked.get());
    if (target.isEmpty() || target.get().state() == ReleaseState.PUBLISHED) return;
    Release t = target.get();
    boolean rollback = t.state() == ReleaseState.SUPERSEDED;
    String at = ReleaseStore.now();
    for (Release other : store.all()) {
      if (other.state() != ReleaseState.PUBLISHED || other.runId().equals(t.runId())) continue;
      Release fixed = rollback ? other.withdrawn(at) : other.superseded();
      store.save(fixed);
      store.log(other.runId(), other.state(), fixed.state().name(), null, "repair", "interrupted "
          + (rollback ? "rollback" : "publish"));
    }
    store.save(t.published(t.publishedAt() != null && !rollback ? t.publishedAt() : at));
    store.log(t.runId(), t.state(), ReleaseState.PUBLISHED.name(), null, "repair", "interrupted "
        + (rollback ? "rollback" : "publish"));
    notices.println("mpm: repaired: the public tier shows release " + t.runId() + " (an interrupted "
        + (rollback ? "rollback" : "publish") + " had switched it in); its state is now PUBLISHED.");
    notices.flush();
  }

  private void requireComplete(Release r) {
    if (!Files.isRegularFile(store.folder(Tier.PUBLIC, r.runId()).resolve("manifest.json"))) {
      throw new Problem(Problem.Kind.FAILED, "the public tier of release " + r.runId() + " is missing or incomplete"
          + " under " + store.folder(Tier.PUBLIC, r.runId()) + "; nothing was changed. Run again to make a new release.");
    }
  }

  private static Object[] revisionRow(Revisions.Revision v, String previous, String runId) {
    List<Object> row = new ArrayList<>(v.key());
    row.add(v.old("status"));
    row.add(v.now("status"));
    row.add(v.old("numerator"));
    row.add(v.now("numerator"));
    row.add(v.old("denominator"));
    row.add(v.now("denominator"));
    row.add(v.old("value"));
    row.add(v.now("value"));
    row.add(v.change().name());
    row.add(previous);
    row.add(runId);
    return row.toArray();
  }

  /** The public {@code releases} mart: every release and its state, no approver names. */
  static List<Object[]> releaseRows(List<Release> releases) {
    List<Object[]> rows = new ArrayList<>();
    for (Release r : releases.stream().sorted(Comparator.comparing(Release::runId).reversed()).toList()) {
      rows.add(new Object[] {r.runId(), r.state().name(), r.quarterFrom(), r.quarterTo(),
          String.join(" ", r.countries()), String.join(" ", r.approved()), instant(r.createdAt()),
          instant(r.publishedAt()), instant(r.withdrawnAt())});
    }
    return rows;
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

}
