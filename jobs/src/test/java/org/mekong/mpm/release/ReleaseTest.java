package org.mekong.mpm.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.problem.Problem;

/** The state machine of one release: approvals, revocation, withdrawal, and what each refuses. */
class ReleaseTest {
  private static final Release DRAFT = Release.draft("20261001T000000Z-1", "2024Q1", "2026Q3",
      Map.of("THA", new Release.Submission("2026-10-05", "a"), "VNM", new Release.Submission("2026-10-05", "b")),
      List.of("LAO"), "2026-10-01T00:00:00Z");

  private static Approval by(String country) {
    return new Approval(country, country + " focal point", null, "2026-10-02T00:00:00Z");
  }

  private static int status(Runnable r) {
    try {
      r.run();
      return Mpm.OK;
    } catch (Problem e) {
      return Mpm.exitStatus(e.kind());
    }
  }

  @Test
  void theLastMissingApprovalMakesItApprovedAndARevocationADraftAgain() {
    Release one = DRAFT.approve(by("VNM"));
    assertThat(one.state()).isEqualTo(ReleaseState.DRAFT);
    assertThat(one.missing()).containsExactly("THA");
    assertThat(one.approvalMarks()).isEqualTo("THA· VNM✓");
    Release both = one.approve(by("THA"));
    assertThat(both.state()).isEqualTo(ReleaseState.APPROVED);
    Release revoked = both.revoke(by("THA"));
    assertThat(revoked.state()).isEqualTo(ReleaseState.DRAFT);
    assertThat(revoked.missing()).containsExactly("THA");
    assertThat(revoked.revocations()).extracting(Approval::country).containsExactly("THA");
  }

  @Test
  void refusesWhatTheContractRefusesWithExitTwo() {
    Release approved = DRAFT.approve(by("VNM")).approve(by("THA"));
    assertThat(status(() -> DRAFT.approve(by("LAO")))).as("excluded country").isEqualTo(Mpm.USAGE);
    assertThat(status(() -> DRAFT.approve(by("IDN")))).as("not in it").isEqualTo(Mpm.USAGE);
    assertThat(status(() -> DRAFT.approve(by("VNM")).approve(by("VNM")))).as("twice").isEqualTo(Mpm.USAGE);
    assertThat(status(() -> approved.approve(by("VNM")))).as("not DRAFT").isEqualTo(Mpm.USAGE);
    assertThat(status(() -> DRAFT.revoke(by("VNM")))).as("nothing to revoke").isEqualTo(Mpm.USAGE);
    assertThat(status(() -> approved.published("t").withdraw("t"))).as("withdraw published").isEqualTo(Mpm.USAGE);
    assertThat(approved.withdraw("2026-10-03T00:00:00Z").approvals()).as("approvals kept").hasSize(2);
    assertThatThrownBy(() -> approved.withdraw("t").revoke(by("THA"))).isInstanceOf(Problem.class);
  }

  @Test
  void itsStateFileRoundTrips() throws Exception {
    Release r = DRAFT.approve(by("VNM"));
    Release back = ReleaseStore.JSON.readValue(ReleaseStore.JSON.writeValueAsString(r), Release.class);
    assertThat(back).isEqualTo(r);
  }
}
