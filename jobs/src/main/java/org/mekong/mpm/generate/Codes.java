package org.mekong.mpm.generate;

import java.util.List;

/** The codes of extract format 1.0 that the generator writes. */
final class Codes {
  private Codes() {}

  static final List<String> GMS = List.of("KHM", "CHN", "LAO", "MMR", "THA", "VNM");

  static final List<String> CASE_COLUMNS = List.of("case_id", "person_token", "sex", "age_at_identification",
      "age_uncertain", "presumed_child", "nationality", "case_type", "country_of_exploitation",
      "exploitation_types", "bilateral_ref");
  static final List<String> EVENT_COLUMNS = List.of("case_id", "event_type", "event_date", "detail",
      "counterpart_country", "flags");

  static final String IDENTIFIED_HERE = "IDENTIFIED_HERE";
  static final String RETURNEE = "RETURNEE";
  static final String SELF_RETURNED = "SELF_RETURNED";

  static final String SCREENED = "SCREENED";
  static final String DETAINED = "DETAINED";
  static final String DETENTION_ENDED = "DETENTION_ENDED";
  static final String INTERVIEWED = "INTERVIEWED";
  static final String IDENTIFIED = "IDENTIFIED";
  static final String INFO_SHARED = "INFO_SHARED";
  static final String RECOVERY_PLAN = "RECOVERY_PLAN";
  static final String SERVICE = "SERVICE";
  static final String PLACEMENT = "PLACEMENT";
  static final String CASE_MANAGER_ASSIGNED = "CASE_MANAGER_ASSIGNED";
  static final String NATIONALITY_REQUESTED = "NATIONALITY_REQUESTED";
  static final String NATIONALITY_VERIFIED = "NATIONALITY_VERIFIED";
  static final String FAMILY_ASSESSMENT = "FAMILY_ASSESSMENT";
  static final String RISK_ASSESSMENT = "RISK_ASSESSMENT";
  static final String BEST_INTEREST_DETERMINATION = "BEST_INTEREST_DETERMINATION";
  static final String STAY_PERMIT = "STAY_PERMIT";
  static final String LEGAL_INFO = "LEGAL_INFO";
  static final String RETURN_NOTIFIED = "RETURN_NOTIFIED";
  static final String CASE_FILE_TRANSFERRED = "CASE_FILE_TRANSFERRED";
  static final String RETURN_DEPARTED = "RETURN_DEPARTED";
  static final String RECEIVED = "RECEIVED";
  static final String TRANSIT_STAY = "TRANSIT_STAY";
  static final String REINTEGRATION_PLAN = "REINTEGRATION_PLAN";
  static final String FOLLOW_UP_VISIT = "FOLLOW_UP_VISIT";
  static final String SECURITY_ASSESSMENT = "SECURITY_ASSESSMENT";
  static final String COMPENSATION_CLAIM = "COMPENSATION_CLAIM";
  static final String SAFE_MIGRATION_INFO = "SAFE_MIGRATION_INFO";
  static final String RE_TRAFFICKED = "RE_TRAFFICKED";
  static final String CASE_CLOSED = "CASE_CLOSED";

  static final String INTERPRETER = "INTERPRETER";
  static final String SUPPORT_PERSON = "SUPPORT_PERSON";
  static final String CHILD_SENSITIVE = "CHILD_SENSITIVE";
  static final String ESCORTED = "ESCORTED";
  static final String MEDIA_PRESENT = "MEDIA_PRESENT";
  static final String CONSENT = "CONSENT";
  static final String VICTIM_PARTICIPATED = "VICTIM_PARTICIPATED";
  static final String DECLINED = "DECLINED";
}
