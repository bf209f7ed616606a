package org.mekong.mpm.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which release folders a tier keeps. A release is complete when its manifest is written (the
 * manifest is written last, by one rename); a release a tier's {@code current} links to is never
 * removed, in either tier. An incomplete release that no link names is what a failed or killed run
 * left: it is removed, and never counted among the releases kept.
 */
public final class Retention {
  /** Complete releases kept per tier besides those {@code current} links to, for rollback and audit. */
  public static final int KEEP = 5;

  /** A release folder of one tier: its run id (which sorts by time) and whether it is complete. */
  public record Release(String id, boolean complete) {}

  private Retention() {}

  /** Releases no link names and without a manifest: unfinished, never to be switched to. */
  public static List<String> unfinished(List<Release> releases, Set<String> linked) {
    return releases.stream().filter(r -> !r.complete() && !linked.contains(r.id())).map(Release::id).sorted()
        .toList();
  }

  /** Complete releases no link names, beyond the newest {@code keep} of them. */
  public static List<String> beyond(List<Release> releases, Set<String> linked, int keep) {
    List<String> old = new ArrayList<>();
    List<Release> candidates = releases.stream().filter(r -> r.complete() && !linked.contains(r.id()))
        .sorted(Comparator.comparing(Release::id).reversed()).toList();
    for (int i = keep; i < candidates.size(); i++) old.add(candidates.get(i).id());
    return old;
  }

  /** Removes, in every tier, the complete releases beyond the newest {@code keep} not linked. */
  public static void prune(Warehouse w, int keep) throws IOException {
    Set<String> linked = w.linkedReleases();
    for (Warehouse.Tier t : Warehouse.Tier.values()) {
      for (String id : beyond(w.releaseFolders(t), linked, keep)) Warehouse.deleteTree(w.releases(t).resolve(id));
    }
  }
}
