package org.mekong.mpm.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/** What killed runs leave, as they leave it, and what the next run removes. */
class LeftoversTest {
  @TempDir Path dir;

  private static Path release(Warehouse w, Tier t, String id, boolean manifest) throws IOException {
    Path r = Files.createDirectories(w.releases(t).resolve(id).resolve("indicator_values"));
    Files.writeString(r.resolve("part-0.parquet"), "rows");
    if (manifest) Files.writeString(r.getParent().resolve(Warehouse.MANIFEST), "{}");
    return r.getParent();
  }

  @Test
  void removesUnfinishedReleasesDraftsScratchAndHalfMadeLinksOnly() throws IOException {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    for (Tier t : Tier.values()) {
      release(w, t, "r1", true); // published, linked by public
      release(w, t, "r2", true); // complete, not linked: an old release, kept
      release(w, t, "r4", false); // killed during mart writes
    }
    release(w, Tier.RESTRICTED, "r3", true); // killed between the switches: restricted on r3
    release(w, Tier.PUBLIC, "r3", true);
    release(w, Tier.RESTRICTED, "r5", false); // killed before the public tier's folder was made
    Files.createSymbolicLink(w.current(Tier.PUBLIC), Path.of("releases", "r1"));
    Files.createSymbolicLink(w.current(Tier.RESTRICTED), Path.of("releases", "r3"));
    Files.createSymbolicLink(w.tier(Tier.PUBLIC).resolve("current.next-r4"), Path.of("releases", "r4"));
    Path draft = Files.createDirectories(w.work().resolve("draft-THA-2026-10-05-abc/clean"));
    Files.writeString(draft.resolve("cases.csv"), "case_id\nTHA-1\n");
    Path blocks = Files.createDirectories(w.sparkScratch().resolve("blockmgr-1/0c"));
    Files.writeString(blocks.resolve("shuffle_0_0_0.data"), "rows");

    assertThat(Leftovers.remove(w)).containsExactlyInAnyOrder(
        "marts/releases/r4", "restricted/releases/r4", "restricted/releases/r5", "marts/current.next-r4",
        "restricted/work/draft-THA-2026-10-05-abc", "restricted/work/spark");

    assertThat(w.releaseFolders(Tier.PUBLIC)).extracting(Warehouse.ReleaseFolder::id).containsExactly("r1", "r2", "r3");
    assertThat(w.releaseFolders(Tier.RESTRICTED)).extracting(Warehouse.ReleaseFolder::id)
        .containsExactly("r1", "r2", "r3");
    assertThat(w.work()).isEmptyDirectory();
    assertThat(Files.exists(w.tier(Tier.PUBLIC).resolve("current.next-r4"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(w.linkedReleases()).containsExactly("r1", "r3");
  }

  @Test
  void aReleaseALinkNamesIsNeverUnfinishedAndCompleteOnesNeverAre() {
    List<Warehouse.ReleaseFolder> releases = List.of(new Warehouse.ReleaseFolder("r1", false),
        new Warehouse.ReleaseFolder("r2", true), new Warehouse.ReleaseFolder("r3", false));
    assertThat(Leftovers.unfinished(releases, Set.of("r1", "r2"))).containsExactly("r3");
  }
}
