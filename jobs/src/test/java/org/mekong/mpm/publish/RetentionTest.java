package org.mekong.mpm.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.publish.Retention.Release;

class RetentionTest {
  private static Release complete(String id) {
    return new Release(id, true);
  }

  private static Release unfinished(String id) {
    return new Release(id, false);
  }

  /**
   * The case of the report: two unfinished releases counted among those kept made a complete one
   * go. Unfinished ones count for nothing; of the complete ones not linked, the newest two stay.
   */
  @Test
  void unfinishedReleasesAreNeverCountedAmongThoseKept() {
    List<Release> releases = List.of(complete("r1"), complete("r2"), complete("r3"), unfinished("r4"),
        unfinished("r5"), complete("r6"));

    assertThat(Retention.beyond(releases, Set.of("r6"), 2)).containsExactly("r1");
    assertThat(Retention.unfinished(releases, Set.of("r6"))).containsExactly("r4", "r5");
  }

  @Test
  void aReleaseEitherTierLinksIsNeverRemovedHoweverOld() {
    // killed between the two switches: restricted on r3, public still on r1
    List<Release> releases = List.of(complete("r1"), complete("r2"), complete("r3"), complete("r4"));

    assertThat(Retention.beyond(releases, Set.of("r1", "r3"), 0)).containsExactly("r4", "r2");
    assertThat(Retention.beyond(releases, Set.of("r1", "r3"), 1)).containsExactly("r2");
    // a linked release without manifest (never made by a run) is not removed either
    assertThat(Retention.unfinished(List.of(unfinished("r1")), Set.of("r1"))).isEmpty();
  }

  @Test
  void fewerReleasesThanKeptRemovesNothing() {
    assertThat(Retention.beyond(List.of(complete("r1"), complete("r2")), Set.of("r2"), 5)).isEmpty();
    assertThat(Retention.beyond(List.of(), Set.of(), 5)).isEmpty();
  }
}
