package org.mekong.mpm.token;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.mekong.mpm.problem.Problem;

/** {@code mpm token}: identity rows in, one token per row out, in order; warnings never quote a value. */
public final class TokenFilter {
  static final List<String> HEADER = List.of("family_name", "given_names", "date_of_birth", "sex");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SEX = Pattern.compile("[FMXU]");

  private final byte[] key;

  public TokenFilter(byte[] key) {
    this.key = key.clone();
  }

  /** Reads UTF-8 CSV from {@code in}, writes the token CSV to {@code out}; returns the number of rows. */
  public int run(InputStream in, OutputStream out, PrintWriter warnings) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(in, decoder)));
    // flushed, not closed: the stream belongs to the caller (System.out in the command)
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      int[] columns = columns(records.next());
      w.write("person_token\n");
      int rows = 0;
      for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
        w.write(tokenOf(row, columns, warnings));
        w.write('\n');
        rows++;
      }
      w.flush();
      return rows;
    } catch (UncheckedIOException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "standard input is not valid UTF-8 CSV (" + e.getCause().getClass().getSimpleName()
          + "); save the identity file as UTF-8 and retry.");
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot write the tokens: " + e.getMessage());
    } finally {
      warnings.flush();
    }
  }

  private static int[] columns(CsvRecords.Row header) {
    String expected = " Expected the header " + String.join(",", HEADER) + ".";
    if (header == null) throw new Problem(Problem.Kind.BAD_REQUEST, "standard input is empty." + expected);
    List<String> names = header.fields().stream().map(String::strip).toList();
    if (header.malformed() || names.size() != HEADER.size() || !names.containsAll(HEADER)) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "the first line of standard input is not the expected header." + expected);
    }
    int[] columns = new int[HEADER.size()];
    for (int i = 0; i < HEADER.size(); i++) columns[i] = names.indexOf(HEADER.get(i));
    return columns;
  }

  private String tokenOf(CsvRecords.Row row, int[] columns, PrintWriter warnings) {
    if (row.malformed() || row.fields().size() != columns.length) {
      warnings.println("mpm token: line " + row.line() + ": not a well-formed row of 4 fields; empty token written.");
      return "";
    }
    String[] v = new String[columns.length];
    for (int i = 0; i < columns.length; i++) v[i] = row.fields().get(columns[i]);
    for (int i = 0; i < columns.length; i++) {
      if (v[i].isBlank()) {
        warnings.println("mpm token: line " + row.line() + ": " + HEADER.get(i) + " is missing; empty token written.");
        return "";
      }
    }
    if (!DATE.matcher(v[2]).matches()) {
      warnings.println("mpm token: line " + row.line() + ": date_of_birth is not YYYY-MM-DD; empty token written.");
      return "";
    }
    if (!SEX.matcher(v[3]).matches()) {
      warnings.println("mpm token: line " + row.line() + ": sex is not one of F M X U; empty token written.");
      return "";
    }
    return PersonToken.of(key, v[0], v[1], v[2], v[3]);
  }
}
