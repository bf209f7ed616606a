package org.mekong.mpm.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Whether a warehouse's releases wait for every country's approval ({@code required}, the default)
 * or are published by the run itself ({@code none}, as contract 1.0 did). Chosen when the
 * warehouse is created, recorded in {@code <warehouse>/warehouse.json}, fixed from then on.
 */
public enum ApprovalPolicy {
  REQUIRED, NONE;

  public String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code required} or {@code none}; anything else is a usage error. */
  public static ApprovalPolicy parse(String option) {
    if (option == null) return null;
    for (ApprovalPolicy p : values()) if (p.option().equals(option)) return p;
    throw new Problem(Problem.Kind.BAD_REQUEST, "--approval takes 'required' or 'none'; got '" + option + "'.");
  }

  static Path file(Warehouse w) {
    return w.root().resolve("warehouse.json");
  }

  /** The warehouse's policy, recorded on first use; a different {@code --approval} later is refused (exit 2). */
  public static ApprovalPolicy settle(Warehouse w, ApprovalPolicy asked) {
    Path f = file(w);
    try {
      if (Files.isRegularFile(f)) {
        JsonNode n = ReleaseStore.JSON.readTree(f.toFile());
        ApprovalPolicy recorded = parse(n.path("approval").asText("required"));
        if (asked != null && asked != recorded) {
          throw new Problem(Problem.Kind.BAD_REQUEST, "the warehouse " + w.root() + " was created with --approval "
              + recorded.option() + ", which is fixed for it; leave --approval out, or use another warehouse.");
        }
        return recorded;
      }
      ApprovalPolicy p = asked == null ? REQUIRED : asked;
      Path tmp = f.resolveSibling("warehouse.json.tmp");
      Files.writeString(tmp, ReleaseStore.JSON.writeValueAsString(Map.of("approval", p.option())));
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + f, e);
    }
  }

  /** The recorded policy without recording anything ({@code required} when none is recorded yet). */
  public static ApprovalPolicy of(Warehouse w) {
    Path f = file(w);
    if (!Files.isRegularFile(f)) return REQUIRED;
    try {
      return parse(ReleaseStore.JSON.readTree(f.toFile()).path("approval").asText("required"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
