package org.mekong.mpm.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.problem.Problem;

class PersonTokenTest {

  static final byte[] DEMO_KEY = bytes(0, 32);

  private static byte[] bytes(int from, int count) {
    byte[] b = new byte[count];
    for (int i = 0; i < count; i++) b[i] = (byte) (from + i);
    return b;
  }

  private static byte[] repeat(int value, int count) {
    byte[] b = new byte[count];
    Arrays.fill(b, (byte) value);
    return b;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', value = {
    "Nguyễn#Thị Đào#1998-04-12#F#NGUYEN|THI DAO|1998-04-12|F#f751d40643ce42a5db5d46e090b62ae691ecea29c18407d517cecdcc11eab961",
    "'  de la  Cruz '#'María\u00A0José'#2005-11-30#F#DE LA CRUZ|MARIA JOSE|2005-11-30|F#0488207cc85f06216b9eb4c16b9b82b15c73f817de7cb54fe75136fc092b94df",
    "สมชาย#ใจดี#2001-01-05#M#สมชาย|ใจดี|2001-01-05|M#98b37ca46b9b362a884640b415d9a85519e8aa0eadac52e4d643b5a70ff3018a",
    "សុខ#ចាន់#2009-07-21#F#សុខ|ចាន់|2009-07-21|F#5c81aa9853934fd1a1f53cb65d9288fdfc207dc6f4e028456b99ce0e130f9649",
    "ສົມສັກ#ພົມມະຈັນ#1995-02-28#M#ສົມສັກ|ພົມມະຈັນ|1995-02-28|M#86e88c84b501e15e22efaa8da419f2677b5bc9626b9c36d34f9bdff39c422c0c",
    "အောင်#မြင့်\u200Bမြင့်#2010-12-01#M#အောင်|မြင့် မြင့်|2010-12-01|M#02ed140cf39761a180eac90029051416aa361e36a3aa938a67a95fec94e5b894",
    "王#小明#2003-03-03#M#王|小明|2003-03-03|M#3194ee55cf4de4cb2662221fa40e4893ef0496c7cd6e25b71a36c748778b70df",
    "Strauß#Jörg#1990-06-15#X#STRAUSS|JORG|1990-06-15|X#3afe8dadb05ee32852344c9242ee7e51a09b6978b266ec39de7294be29d6c968",
  })
  void specTestVectorsGiveTheSpecsNormalisedStringAndToken(
      String family, String given, String dob, String sex, String normalised, String token) {
    assertThat(PersonToken.normalise(family, given, dob, sex)).isEqualTo(normalised);
    assertThat(PersonToken.token(DEMO_KEY, normalised)).isEqualTo(token);
  }

  @Test
  void theSecondVectorsWhiteSpaceIsExactlyAsTheSpecDescribes() {
    String family = "  de la  Cruz ";
    String given = "María\u00A0José";
    assertThat(PersonToken.of(DEMO_KEY, family, given, "2005-11-30", "F"))
        .isEqualTo("0488207cc85f06216b9eb4c16b9b82b15c73f817de7cb54fe75136fc092b94df");
  }

  @Test
  void everyListedWhiteSpaceBecomesOneSpaceAndEdgesAreTrimmed() {
    String all = "\t\n\u000B\f\r\u0085\u00A0\u1680\u2000\u2028\u2029\u202F\u3000\u200B\uFEFF";
    assertThat(NameNormaliser.normalise(all + "a" + all + "b" + all)).isEqualTo("A B");
  }

  @Test
  void onlyLatinCombiningMarksAreDroppedAndOtherScriptsKeepTheirSigns() {
    assertThat(NameNormaliser.normalise("e\u0301\u1AB0\u1DC0\u20D0\uFE20")).isEqualTo("E");
    assertThat(NameNormaliser.normalise("đinh Đức")).isEqualTo("DINH DUC");
    assertThat(NameNormaliser.normalise("ใจดี")).isEqualTo("ใจดี");
  }

  @Test
  void nonSpacingTextIsComposedAgainAfterUpperCasing() {
    // Hangul decomposes under NFD; the result must come back composed
    assertThat(NameNormaliser.normalise("김")).isEqualTo("김");
  }

  @ParameterizedTest(name = "RFC 4231 case {0}")
  @CsvSource({
    "1, 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265, b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    "2, 4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f, 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  })
  void hmacMatchesRfc4231ShortCases(int tc, String keyHex, String dataHex, String mac) {
    HexFormat hex = HexFormat.of();
    assertThat(hex.formatHex(PersonToken.hmac(hex.parseHex(keyHex), hex.parseHex(dataHex)))).isEqualTo(mac);
  }

  @Test
  void hmacMatchesRfc4231Case3() {
    assertThat(HexFormat.of().formatHex(PersonToken.hmac(repeat(0xaa, 20), repeat(0xdd, 50))))
        .isEqualTo("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
  }

  @Test
  void hmacMatchesRfc4231Case4() {
    assertThat(HexFormat.of().formatHex(PersonToken.hmac(bytes(1, 25), repeat(0xcd, 50))))
        .isEqualTo("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
  }

  @Test
  void hmacMatchesRfc4231Case6KeyLargerThanBlock() {
    assertThat(PersonToken.token(repeat(0xaa, 131), "Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  void hmacMatchesRfc4231Case7KeyAndDataLargerThanBlock() {
    String data = "This is a test using a larger than block-size key and a larger than block-size data."
        + " The key needs to be hashed before being used by the HMAC algorithm.";
    assertThat(PersonToken.token(repeat(0xaa, 131), data))
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  @Test
  void keyFileIgnoresSurroundingWhiteSpace(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("key");
    Files.writeString(f, "\n  " + HexFormat.of().formatHex(DEMO_KEY).toUpperCase() + " \r\n", StandardCharsets.US_ASCII);
    assertThat(LinkageKey.readHexFile(f)).isEqualTo(DEMO_KEY);
  }

  @Test
  void aMalformedKeyFileIsAUsageErrorThatDoesNotPrintTheKey(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("key");
    String secret = HexFormat.of().formatHex(DEMO_KEY).substring(2);
    Files.writeString(f, secret);
    assertThatThrownBy(() -> LinkageKey.readHexFile(f))
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(Mpm.USAGE))
        .hasMessageContaining("64 hex characters")
        .hasMessageNotContaining(secret.substring(0, 16));
  }

  @Test
  void aMissingKeyFileIsAUsageError(@TempDir Path dir) {
    assertThatThrownBy(() -> LinkageKey.readHexFile(dir.resolve("absent")))
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(Mpm.USAGE));
  }
}
