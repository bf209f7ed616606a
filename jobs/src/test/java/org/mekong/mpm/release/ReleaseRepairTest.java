package org.mekong.mpm.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.publish.Publication;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * A publish or rollback killed after switching the public link and before writing the states: the
 * next command brings the states into agreement with the link and says so. No Spark: state files only.
 */
class ReleaseRepairTest {
  @TempDir Path root;

  private ReleaseStore store;

  private Release release(String id, ReleaseState state, String publishedAt) throws Exception {
    Release r = new Release(id, state, "2024Q1", "2026Q3", List.of("THA"), List.of(),
        Map.of("THA", new Release.Submission("2026-10-05", id)), "2026-10-01T00:00:00Z", publishedAt, null,
        List.of(new Approval("THA", "THA focal point", null, "2026-10-02T00:00:00Z")), List.of());
    for (Tier t : Tier.values()) Files.createDirectories(store.folder(t, id));
    store.save(r);
    return r;
  }

  private String repair() {
    StringWriter said = new StringWriter();
    new ReleaseWorkflow(store, new PrintWriter(said, true)).repair();
    return said.toString();
  }

  @Test
  void anInterruptedPublishLeavesTheNewReleasePublishedAndTheOldSuperseded() throws Exception {
    store = new ReleaseStore(Warehouse.open(root));
    release("20261001T000000Z-a", ReleaseState.PUBLISHED, "2026-10-02T00:00:00Z");
    release("20261101T000000Z-b", ReleaseState.APPROVED, null);
    Publication.switchTo(store.warehouse(), Tier.PUBLIC, "20261101T000000Z-b"); // then killed

    assertThat(repair()).contains("repaired", "20261101T000000Z-b", "publish");
    assertThat(store.get("20261101T000000Z-b").state()).isEqualTo(ReleaseState.PUBLISHED);
    assertThat(store.get("20261001T000000Z-a").state()).isEqualTo(ReleaseState.SUPERSEDED);
    assertThat(Files.readAllLines(store.history())).hasSize(2);
    assertThat(repair()).as("nothing more to repair").isEmpty();
  }

  @Test
  void anInterruptedRollbackLeavesTheEarlierReleasePublishedAndTheLaterWithdrawn() throws Exception {
    store = new ReleaseStore(Warehouse.open(root));
    release("20261001T000000Z-a", ReleaseState.SUPERSEDED, "2026-10-02T00:00:00Z");
    release("20261101T000000Z-b", ReleaseState.PUBLISHED, "2026-11-02T00:00:00Z");
    Publication.switchTo(store.warehouse(), Tier.PUBLIC, "20261001T000000Z-a"); // then killed

    assertThat(repair()).contains("repaired", "20261001T000000Z-a", "rollback");
    assertThat(store.get("20261001T000000Z-a").state()).isEqualTo(ReleaseState.PUBLISHED);
    assertThat(store.get("20261101T000000Z-b").state()).isEqualTo(ReleaseState.WITHDRAWN);
  }

  @Test
  void statesThatAgreeWithTheLinkAreLeftAlone() throws Exception {
    store = new ReleaseStore(Warehouse.open(root));
    release("20261001T000000Z-a", ReleaseState.PUBLISHED, "2026-10-02T00:00:00Z");
    Publication.switchTo(store.warehouse(), Tier.PUBLIC, "20261001T000000Z-a");
    assertThat(repair()).isEmpty();
    assertThat(Files.exists(store.history())).isFalse();
  }
}
