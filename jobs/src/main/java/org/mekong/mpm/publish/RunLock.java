package org.mekong.mpm.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.cli.MpmException;

/**
 * The hold a run has on its warehouse: an operating-system file lock, so that a killed run
 * leaves none behind.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the warehouse or fails at once with exit status 3. */
  public static RunLock acquire(Warehouse w) {
    FileChannel ch = null;
    try {
      ch = FileChannel.open(w.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = ch.tryLock();
      if (l != null) return new RunLock(ch, l);
    } catch (OverlappingFileLockException e) {
      // held by another run in this same JVM
    } catch (IOException e) {
      close(ch);
      throw new MpmException(Mpm.FAILURE, "cannot lock the warehouse " + w.root() + ": " + e.getMessage(), e);
    }
    close(ch);
    throw new MpmException(Mpm.FAILURE, "another run holds the warehouse " + w.root()
        + "; wait for it to finish, then run again.");
  }

  private static void close(FileChannel ch) {
    try {
      if (ch != null) ch.close();
    } catch (IOException ignored) {
      // nothing held
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel's close below releases it too
    }
    close(channel);
  }
}
