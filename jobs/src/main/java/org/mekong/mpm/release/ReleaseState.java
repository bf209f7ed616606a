package org.mekong.mpm.release;

/** Where a release stands in national sign-off and publication (releases contract 1.1). */
public enum ReleaseState {
  DRAFT, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN
}
