package org.mekong.mpm.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;

class TokenCommandTest {
  @TempDir Path dir;
  Path keyFile;
  private final InputStream stdin = System.in;
  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void redirect() throws Exception {
    keyFile = dir.resolve("regional.key");
    Files.writeString(keyFile, HexFormat.of().formatHex(PersonTokenTest.DEMO_KEY) + "\n");
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setIn(stdin);
    System.setOut(stdout);
    System.setErr(stderr);
  }

  private int run(String csv, String... args) {
    System.setIn(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    return Mpm.execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneTokenPerRowInOrder() {
    String csv = "family_name,given_names,date_of_birth,sex\r\n"
        + "Nguyễn,Thị Đào,1998-04-12,F\r\n"
        + "\"Strauß\",\"Jörg\",1990-06-15,X\r\n"
        + "王,小明,2003-03-03,M\r\n";
    assertThat(run(csv, "token", "--key-file", keyFile.toString())).isZero();
    assertThat(stdout()).isEqualTo("person_token\n"
        + "f751d40643ce42a5db5d46e090b62ae691ecea29c18407d517cecdcc11eab961\n"
        + "3afe8dadb05ee32852344c9242ee7e51a09b6978b266ec39de7294be29d6c968\n"
        + "3194ee55cf4de4cb2662221fa40e4893ef0496c7cd6e25b71a36c748778b70df\n");
  }

  @Test
  void acceptsQuotedFieldsWithCommasNewlinesAndColumnsInAnyOrder() {
    String csv = "\uFEFFsex,date_of_birth,given_names,family_name\n"
        + "F,2005-11-30,\"María\u00A0José\",\"  de la  Cruz \"\n";
    assertThat(run(csv, "token", "--key-file", keyFile.toString())).isZero();
    assertThat(stdout()).isEqualTo("person_token\n0488207cc85f06216b9eb4c16b9b82b15c73f817de7cb54fe75136fc092b94df\n");
  }

  @Test
  void aRowMissingAValueGetsAnEmptyTokenAndAWarningNamingItsLineButNoName() {
    String csv = "family_name,given_names,date_of_birth,sex\n"
        + "\"Multi\nLine\",Somchai,1990-01-01,M\n"
        + "Secretname,,1990-01-01,M\n"
        + "王,小明,2003-03-03,M\n";
    assertThat(run(csv, "token", "--key-file", keyFile.toString())).isZero();
    String[] lines = stdout().split("\n", -1);
    assertThat(lines).hasSize(5);
    assertThat(lines[1]).hasSize(64);
    assertThat(lines[2]).isEmpty();
    assertThat(lines[3]).isEqualTo("3194ee55cf4de4cb2662221fa40e4893ef0496c7cd6e25b71a36c748778b70df");
    assertThat(stderr()).contains("line 4").contains("given_names").doesNotContain("Secretname");
  }

  @Test
  void aBadHeaderIsAUsageError() {
    assertThat(run("name,dob\nA,1990-01-01\n", "token", "--key-file", keyFile.toString())).isEqualTo(Mpm.USAGE);
    assertThat(stderr()).contains("family_name,given_names,date_of_birth,sex");
  }

  @Test
  void aBadKeyFileIsAUsageErrorWithoutTheKey() throws Exception {
    Files.writeString(keyFile, "0011zz");
    assertThat(run("family_name,given_names,date_of_birth,sex\n", "token", "--key-file", keyFile.toString()))
        .isEqualTo(Mpm.USAGE);
    assertThat(stderr()).contains("64 hex").doesNotContain("0011zz");
  }

  @Test
  void headerOnlyInputGivesHeaderOnlyOutput() {
    assertThat(run("family_name,given_names,date_of_birth,sex\n", "token", "--key-file", keyFile.toString())).isZero();
    assertThat(stdout()).isEqualTo("person_token\n");
  }
}
