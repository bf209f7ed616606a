package org.mekong.mpm.stage;

import java.util.List;
import java.util.Map;

/**
 * What the warehouse remembers of one submission it has seen, accepted or not: identity, outcome,
 * counts and data quality. Never a field value of the extract.
 *
 * @param id fingerprint of the submission's files: the same files give the same id
 * @param status ACCEPTED or REJECTED as ingested; SUPERSEDED is derived by the registry
 */
public record SubmissionRecord(
    String id,
    String country,
    String extractDate,
    String status,
    String reason,
    long cases,
    long events,
    long rowsRejected,
    String linkageKeyId,
    String ingestedAt,
    Map<String, String> checksums,
    List<Quality> dataQuality) {

  public static final String ACCEPTED = "ACCEPTED";
  public static final String REJECTED = "REJECTED";
  public static final String SUPERSEDED = "SUPERSEDED";

  /** One data-quality row: a file and reason code of a row rejection or warning. */
  public record Quality(String file, String reasonCode, String level, long rowsChecked, long rowsFailed) {}

  SubmissionRecord withStatus(String newStatus) {
    return new SubmissionRecord(id, country, extractDate, newStatus, reason, cases, events, rowsRejected,
        linkageKeyId, ingestedAt, checksums, dataQuality);
  }
}
