package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The row rules of extract format 1.0, restated independently of the generator to check its output. */
final class FormatRules {
  private FormatRules() {}

  static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final Pattern TOKEN = Pattern.compile("[0-9a-f]{64}");
  static final Pattern REF = Pattern.compile("[A-Za-z0-9_/-]{1,64}");
  // a subset of ISO 3166-1 alpha-3, enough for the countries this sample can mention
  static final Set<String> COUNTRIES = Set.of("KHM", "CHN", "LAO", "MMR", "THA", "VNM", "IDN", "MYS", "KOR");
  static final Set<String> EXPLOITATION = Set.of("SEXUAL", "FORCED_LABOUR", "FORCED_MARRIAGE", "BEGGING",
      "FORCED_CRIMINALITY", "ONLINE_SCAM", "ORGAN_REMOVAL", "OTHER");
  static final Set<String> FLAGS = Set.of("INTERPRETER", "SUPPORT_PERSON", "CHILD_SENSITIVE", "ESCORTED",
      "MEDIA_PRESENT", "CONSENT", "VICTIM_PARTICIPATED", "DECLINED");
  static final Set<String> WITH_COUNTERPART = Set.of("INFO_SHARED", "NATIONALITY_REQUESTED", "NATIONALITY_VERIFIED",
      "RETURN_NOTIFIED", "CASE_FILE_TRANSFERRED", "RETURN_DEPARTED", "RECEIVED");
  static final Map<String, Set<String>> DETAILS = Map.ofEntries(
      Map.entry("IDENTIFIED", Set.of("VICTIM", "PRESUMED_VICTIM", "NOT_VICTIM")),
      Map.entry("SERVICE", Set.of("ACCOMMODATION", "MEDICAL", "PSYCHOSOCIAL", "LEGAL", "INTERPRETATION", "EDUCATION", "LIVELIHOOD")),
      Map.entry("PLACEMENT", Set.of("FAMILY", "KINSHIP", "FOSTER", "SAFE_HOUSE", "SHELTER", "INSTITUTION", "INDEPENDENT")),
      Map.entry("NATIONALITY_VERIFIED", Set.of("CONFIRMED", "NOT_CONFIRMED")),
      Map.entry("FAMILY_ASSESSMENT", Set.of("SUITABLE", "NOT_SUITABLE")),
      Map.entry("RISK_ASSESSMENT", Set.of("LOW", "MEDIUM", "HIGH")),
      Map.entry("BEST_INTEREST_DETERMINATION", Set.of("RETURN", "LOCAL_INTEGRATION", "THIRD_COUNTRY", "ALTERNATIVE_CARE")),
      Map.entry("CASE_CLOSED", Set.of("REINTEGRATED", "LOST_CONTACT", "DECEASED", "TRANSFERRED", "DECLINED_SERVICES")));
  static final Set<String> EVENT_TYPES = Set.of("SCREENED", "DETAINED", "DETENTION_ENDED", "INTERVIEWED", "IDENTIFIED",
      "INFO_SHARED", "RECOVERY_PLAN", "SERVICE", "PLACEMENT", "CASE_MANAGER_ASSIGNED", "NATIONALITY_REQUESTED",
      "NATIONALITY_VERIFIED", "FAMILY_ASSESSMENT", "RISK_ASSESSMENT", "BEST_INTEREST_DETERMINATION", "STAY_PERMIT",
      "LEGAL_INFO", "RETURN_NOTIFIED", "CASE_FILE_TRANSFERRED", "RETURN_DEPARTED", "RECEIVED", "TRANSIT_STAY",
      "REINTEGRATION_PLAN", "FOLLOW_UP_VISIT", "SECURITY_ASSESSMENT", "COMPENSATION_CLAIM", "SAFE_MIGRATION_INFO",
      "RE_TRAFFICKED", "CASE_CLOSED");

  static boolean validCase(String[] f) {
    return f.length == 11
        && CASE_ID.matcher(f[0]).matches()
        && (f[1].isEmpty() || TOKEN.matcher(f[1]).matches())
        && Set.of("F", "M", "X", "U").contains(f[2])
        && (f[3].isEmpty() || (f[3].matches("\\d{1,3}") && Integer.parseInt(f[3]) <= 120))
        && (f[4].isEmpty() || f[4].equals("Y") || f[4].equals("N"))
        && (f[5].isEmpty() || f[5].equals("Y") || f[5].equals("N"))
        && (COUNTRIES.contains(f[6]) || f[6].equals("XXA") || f[6].equals("XXX"))
        && Set.of("IDENTIFIED_HERE", "RETURNEE", "SELF_RETURNED").contains(f[7])
        && (f[8].isEmpty() || COUNTRIES.contains(f[8]))
        && (f[9].isEmpty() || allIn(f[9], EXPLOITATION))
        && (f[10].isEmpty() || REF.matcher(f[10]).matches());
  }

  static boolean validEvent(String[] f, String reporting, LocalDate extract, Set<String> caseIds) {
    if (f.length != 6 || !caseIds.contains(f[0]) || !EVENT_TYPES.contains(f[1])) return false;
    LocalDate d;
    try {
      d = LocalDate.parse(f[2]);
    } catch (DateTimeParseException e) {
      return false;
    }
    if (d.isBefore(LocalDate.of(2000, 1, 1)) || d.isAfter(extract)) return false;
    Set<String> details = DETAILS.get(f[1]);
    if (details == null ? !f[3].isEmpty() : !details.contains(f[3])) return false;
    if (WITH_COUNTERPART.contains(f[1])) {
      if (!COUNTRIES.contains(f[4]) || f[4].equals(reporting)) return false;
    } else if (!f[4].isEmpty()) {
      return false;
    }
    return f[5].isEmpty() || allIn(f[5], FLAGS);
  }

  private static boolean allIn(String list, Set<String> codes) {
    for (String s : list.split(";", -1)) if (!codes.contains(s)) return false;
    return true;
  }
}
