package org.mekong.mpm.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mekong.mpm.problem.Problem;

/**
 * One run's release as {@code release.json} holds it: its state, what it covers and its approval
 * log. Immutable: each transition returns the next release, or refuses with the contract's exit
 * status and a one-line reason.
 *
 * @param countries the countries that must approve: those with an accepted submission in the run
 * @param submissions each country's submission the release was computed from (extract date, fingerprint)
 * @param approvals the current approvals; {@code revocations} keeps the ones taken back
 */
public record Release(
    @JsonProperty("run_id") String runId,
    @JsonProperty("state") ReleaseState state,
    @JsonProperty("quarter_from") String quarterFrom,
    @JsonProperty("quarter_to") String quarterTo,
    @JsonProperty("countries") List<String> countries,
    @JsonProperty("excluded") List<String> excluded,
    @JsonProperty("submissions") Map<String, Submission> submissions,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("published_at") String publishedAt,
    @JsonProperty("withdrawn_at") String withdrawnAt,
    @JsonProperty("approvals") List<Approval> approvals,
    @JsonProperty("revocations") List<Approval> revocations) {

  /** A country's submission in this release. */
  public record Submission(@JsonProperty("extract_date") String extractDate, @JsonProperty("id") String id) {}

  public Release {
    countries = List.copyOf(new TreeSet<>(countries));
    excluded = List.copyOf(new TreeSet<>(excluded == null ? List.of() : excluded));
    submissions = submissions == null ? Map.of() : Map.copyOf(submissions);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
    revocations = revocations == null ? List.of() : List.copyOf(revocations);
  }

  /** What {@code mpm run} leaves: a draft nobody has approved yet. */
  public static Release draft(String runId, String from, String to, Map<String, Submission> submissions,
      List<String> excluded, String at) {
    return new Release(runId, ReleaseState.DRAFT, from, to, new ArrayList<>(submissions.keySet()), excluded,
        submissions, at, null, null, List.of(), List.of());
  }

  public TreeSet<String> approved() {
    TreeSet<String> s = new TreeSet<>();
    approvals.forEach(a -> s.add(a.country()));
    return s;
  }

  public List<String> missing() {
    return countries.stream().filter(c -> !approved().contains(c)).toList();
  }

  /** {@code THA✓ VNM·}: who has approved, in one glance. */
  public String approvalMarks() {
    StringBuilder b = new StringBuilder();
    for (String c : countries) {
      if (b.length() > 0) b.append(' ');
      b.append(c).append(approved().contains(c) ? '✓' : '·');
    }
    return b.toString();
  }

  public Release approve(Approval a) {
    requireCountry(a.country());
    if (state != ReleaseState.DRAFT) {
      throw refused("release " + runId + " is " + state + ", not DRAFT: only a draft can be approved"
          + (state == ReleaseState.APPROVED ? " (every country has approved it; publish it)." : "."));
    }
    if (approved().contains(a.country())) {
      throw refused(a.country() + " has already approved release " + runId + "; revoke it first to approve again.");
    }
    List<Approval> next = new ArrayList<>(approvals);
    next.add(a);
    Release r = with(state, next, revocations);
    return r.missing().isEmpty() ? r.with(ReleaseState.APPROVED, next, revocations) : r;
  }

  public Release revoke(Approval a) {
    requireCountry(a.country());
    if (state != ReleaseState.DRAFT && state != ReleaseState.APPROVED) {
      throw refused("release " + runId + " is " + state + ": only a DRAFT or APPROVED release's approvals can be revoked.");
    }
    if (!approved().contains(a.country())) {
      throw refused(a.country() + " has not approved release " + runId + "; nothing to revoke.");
    }
    List<Approval> next = new ArrayList<>(approvals);
    next.removeIf(x -> x.country().equals(a.country()));
    List<Approval> gone = new ArrayList<>(revocations);
    gone.add(a);
    return with(ReleaseState.DRAFT, next, gone);
  }

  public Release withdraw(String at) {
    if (state != ReleaseState.DRAFT && state != ReleaseState.APPROVED) {
      throw refused("release " + runId + " is " + state + ": only a DRAFT or APPROVED release can be withdrawn"
          + (state == ReleaseState.PUBLISHED ? "; to take a published release back, use mpm rollback." : "."));
    }
    return withdrawn(at);
  }

  Release withdrawn(String at) {
    return new Release(runId, ReleaseState.WITHDRAWN, quarterFrom, quarterTo, countries, excluded, submissions,
        createdAt, publishedAt, at, approvals, revocations);
  }

  Release published(String at) {
    return new Release(runId, ReleaseState.PUBLISHED, quarterFrom, quarterTo, countries, excluded, submissions,
        createdAt, at, withdrawnAt, approvals, revocations);
  }

  Release superseded() {
    return with(ReleaseState.SUPERSEDED, approvals, revocations);
  }

  private Release with(ReleaseState s, List<Approval> a, List<Approval> revoked) {
    return new Release(runId, s, quarterFrom, quarterTo, countries, excluded, submissions, createdAt, publishedAt,
        withdrawnAt, a, revoked);
  }

  private void requireCountry(String country) {
    if (!countries.contains(country)) {
      throw refused(country + " is not in release " + runId + " (its countries: " + String.join(" ", countries)
          + (excluded.isEmpty() ? "" : "; left out with --exclude: " + String.join(" ", excluded)) + ").");
    }
  }

  private static Problem refused(String why) {
    return new Problem(Problem.Kind.BAD_REQUEST, why);
  }
}
