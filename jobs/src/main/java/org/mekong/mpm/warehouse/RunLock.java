package org.mekong.mpm.warehouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.mekong.mpm.problem.Problem;

/**
 * The hold a run has on its warehouse: an operating-system lock on {@code .mpm.lock}, so that a
 * killed run leaves none behind.
 *
 * <p>The lock file is created once, with the warehouse, and no run removes or creates it again: a
 * run that finds it missing refuses to start, since a run may still hold the deleted file (deleting
 * it must not let a second run in). A holder whose lock file was deleted puts it back when it ends.
 * After locking, the path must still name the file locked (same file key), and it is checked again
 * before anything is switched, so a file swapped under a holder stops that holder from publishing.
 * The holder writes who it is into the file; a second run prints that and exits 3.
 */
public final class RunLock implements AutoCloseable {
  private static final int MAX_HOLDER_TEXT = 200;

  private final Path file;
  private final Object fileKey;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, Object fileKey, FileChannel channel, FileLock lock) {
    this.file = file;
    this.fileKey = fileKey;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the warehouse for {@code mpm run}, or fails at once with exit status 3. */
  public static RunLock acquire(Warehouse w) {
    return acquire(w, "mpm run");
  }

  /** Takes the warehouse for {@code command} (named to a second run), or fails at once with exit status 3. */
  public static RunLock acquire(Warehouse w, String command) {
    Path f = w.lockFile();
    Object before = fileKey(f);
    if (before == null) throw missing(w);
    FileChannel ch = null;
    try {
      ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null; // held by another run in this same JVM
      }
      if (l == null) {
        String holder = holder(ch);
        close(ch);
        throw new Problem(Problem.Kind.FAILED, "another run holds the warehouse " + w.root()
            + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish, then run again.");
      }
      if (!Objects.equals(before, fileKey(f))) {
        close(ch);
        throw new Problem(Problem.Kind.FAILED, "the lock file " + f + " was replaced while this run took it;"
            + " another process is changing the warehouse. Run again when it has stopped.");
      }
      Files.setPosixFilePermissions(f, Modes.OWNER_FILE);
      RunLock held = new RunLock(f, before, ch, l);
      held.describe(command);
      return held;
    } catch (NoSuchFileException e) {
      close(ch);
      throw missing(w);
    } catch (IOException e) {
      close(ch);
      throw new Problem(Problem.Kind.FAILED, "cannot lock the warehouse " + w.root() + ": " + e.getMessage(), e);
    }
  }

  /** Creates the lock file of a new warehouse, mode 600. */
  static void createLockFile(Warehouse w) throws IOException {
    try {
      Files.createFile(w.lockFile(), PosixFilePermissions.asFileAttribute(Modes.OWNER_FILE));
    } catch (FileAlreadyExistsException e) {
      // a warehouse folder in the making already has it
    }
    Files.setPosixFilePermissions(w.lockFile(), Modes.OWNER_FILE);
  }

  /**
   * Fails (exit 3) when the path names another file than the one this run locked: the lock file was
   * replaced, so another run may hold the new one. A lock file merely deleted lets no run in (a run
   * that finds it missing refuses to start), so this run goes on and puts it back at the end.
   */
  public void requireHeld() {
    Object now = fileKey(file);
    if (now != null && !now.equals(fileKey) || now == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new Problem(Problem.Kind.FAILED, "the lock file " + file + " was replaced while this run held the"
          + " warehouse, so another run may have started; this run stops before switching anything.");
    }
  }

  private static Problem missing(Warehouse w) {
    return new Problem(Problem.Kind.FAILED, "the warehouse's lock file " + w.lockFile() + " is missing. It is"
        + " created with the warehouse and never removed, so a run may still hold the warehouse through the"
        + " deleted file. When no mpm process is running on this warehouse, recreate it (touch "
        + w.lockFile() + "; chmod 600 " + w.lockFile() + ") and run again.");
  }

  /** Who holds the lock, as the holder wrote it; only plain printable characters are shown. */
  private static String holder(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(MAX_HOLDER_TEXT);
      ch.read(b, 0);
      String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII);
      return s.replaceAll("[^A-Za-z0-9 .:,_+-]", "").strip();
    } catch (IOException e) {
      return "";
    }
  }

  private void describe(String command) throws IOException {
    String text = command + ", process " + ProcessHandle.current().pid() + ", since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)), 0);
  }

  /** The file's identity (device and inode on Linux), or null when the path names no regular file. */
  private static Object fileKey(Path f) {
    try {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) return null;
      return a.fileKey() != null ? a.fileKey() : f.toRealPath();
    } catch (IOException e) {
      return null;
    }
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
      // deleted while held: put it back before letting go, so that later runs can start
      if (fileKey(file) == null && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(Modes.OWNER_FILE));
      }
    } catch (IOException ignored) {
      // the next run says the file is missing and what to do
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel's close below releases it too
    }
    close(channel);
  }
}
