package org.mekong.mpm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mekong.mpm.token.LinkageKey;
import org.mekong.mpm.token.TokenFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mpm token}: person tokens for identity rows, run by a national office before an extract leaves it. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Reads CSV with the header family_name,given_names,date_of_birth,sex (UTF-8) on standard input",
      "and writes CSV with the header person_token on standard output, one line per input row."
    })
public final class TokenCommand implements Callable<Integer> {

  @Option(names = "--key-file", required = true, paramLabel = "FILE",
      description = "the regional linkage key: 64 hex characters")
  Path keyFile;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    byte[] key = LinkageKey.readHexFile(keyFile);
    PrintWriter err = spec.commandLine().getErr();
    new TokenFilter(key).run(System.in, System.out, err);
    System.out.flush();
    return Mpm.OK;
  }
}
