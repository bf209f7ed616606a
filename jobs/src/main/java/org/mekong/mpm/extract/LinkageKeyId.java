package org.mekong.mpm.extract;

import java.util.regex.Pattern;

/** The name of a regional linkage key, as extract format 1.0.1 allows it in a manifest. */
public final class LinkageKeyId {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private LinkageKeyId() {}

  /** True for a key name of the format's shape; false for null and anything else. */
  public static boolean valid(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }
}
