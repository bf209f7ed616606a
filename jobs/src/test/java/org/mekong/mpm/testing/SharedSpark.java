package org.mekong.mpm.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mekong.mpm.spark.SparkSessions;

/** One local SparkSession per test JVM, stopped when the whole run ends. */
public final class SharedSpark implements ParameterResolver {
  private static final Namespace NS = Namespace.create(SharedSpark.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return session(c);
  }

  public static SparkSession session(ExtensionContext c) {
    return c.getRoot().getStore(NS)
        .getOrComputeIfAbsent("spark", k -> new Session(create()), Session.class).spark();
  }

  /** The same session as the command line builds, with fewer cores and partitions for speed. */
  private static SparkSession create() {
    return SparkSessions.create("local[2]", 2);
  }

  private record Session(SparkSession spark) implements AutoCloseable {
    @Override
    public void close() {
      spark.stop();
    }
  }
}
