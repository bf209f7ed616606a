package org.mekong.mpm.warehouse;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.problem.Problem;

class RunLockTest {
  @TempDir Path dir;

  private static void failsWithExitThree(Warehouse w, String message) {
    assertThatThrownBy(() -> RunLock.acquire(w).close())
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(Mpm.FAILURE))
        .hasMessageContaining(message);
  }

  @Test
  void aSecondRunIsToldWhoHoldsTheWarehouse() {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    try (RunLock held = RunLock.acquire(w, "mpm approve")) {
      failsWithExitThree(w, "another run holds the warehouse " + w.root() + " (mpm approve, process "
          + ProcessHandle.current().pid() + ", since ");
    }
    RunLock.acquire(w).close();
  }

  /** Deleting the lock file while a run holds it used to let a second run lock a new one. */
  @Test
  void deletingTheLockFileWhileHeldDoesNotLetASecondRunIn() throws Exception {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    Path lock = w.lockFile();
    try (RunLock held = RunLock.acquire(w)) {
      Files.delete(lock);
      failsWithExitThree(w, "lock file " + lock + " is missing");
      assertThat(lock).as("a refused run does not create it").doesNotExist();
      held.requireHeld(); // nobody else can be in: the holder goes on
    }
    assertThat(lock).as("put back by the holder when it ends").isRegularFile();
    RunLock.acquire(w).close();
  }

  @Test
  void aLockFileSwappedUnderItsHolderStopsTheHolderBeforeItSwitches() throws Exception {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    try (RunLock held = RunLock.acquire(w)) {
      held.requireHeld();
      Files.delete(w.lockFile());
      Files.createFile(w.lockFile());
      RunLock.acquire(w).close(); // the second run locks the new file: the limit of a lock file
      assertThatThrownBy(held::requireHeld)
          .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(Mpm.FAILURE))
          .hasMessageContaining("was replaced while this run held the warehouse");
    }
  }

  @Test
  void theLockFileIsOwnerOnlyWhateverItWasCreatedWith() throws Exception {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    Files.setPosixFilePermissions(w.lockFile(), PosixFilePermissions.fromString("rw-rw-rw-"));
    try (RunLock held = RunLock.acquire(w)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(w.lockFile()))).isEqualTo("rw-------");
    }
  }
}
