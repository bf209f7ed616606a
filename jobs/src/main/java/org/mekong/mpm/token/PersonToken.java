package org.mekong.mpm.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The person_token of extract format 1.0: a keyed hash of normalised identity fields. */
public final class PersonToken {
  private static final String HMAC = "HmacSHA256";

  private PersonToken() {}

  /** Steps 1–4: {@code FAMILY|GIVEN|date of birth|sex}; date and sex are taken as given. */
  public static String normalise(String family, String given, String dateOfBirth, String sex) {
    return NameNormaliser.normalise(family) + '|' + NameNormaliser.normalise(given)
        + '|' + dateOfBirth + '|' + sex;
  }

  /** Step 5: lowercase hex of HMAC-SHA256(key, UTF-8 of the normalised string). */
  public static String token(byte[] key, String normalised) {
    return HexFormat.of().formatHex(hmac(key, normalised.getBytes(StandardCharsets.UTF_8)));
  }

  /** Normalises and hashes in one step. */
  public static String of(byte[] key, String family, String given, String dateOfBirth, String sex) {
    return token(key, normalise(family, given, dateOfBirth, sex));
  }

  static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }
}
