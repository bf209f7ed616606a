package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** One case in one country's extract, with its events; a story fills it, a SubmissionWriter renders it. */
final class CaseRecord {
  final String country;
  final String caseType;
  final String nationality;
  final LocalDate opened;
  String token;
  String sex;
  Integer age;
  String ageUncertain;
  String presumedChild;
  String exploitationCountry;
  String exploitationTypes;
  String bilateralRef;
  private final List<Event> events = new ArrayList<>();

  CaseRecord(String country, String caseType, String nationality, LocalDate opened) {
    this.country = country;
    this.caseType = caseType;
    this.nationality = nationality;
    this.opened = opened;
  }

  void add(String type, LocalDate date) {
    add(type, date, null, null);
  }

  /** Adds an event; null flags are skipped, so callers can write {@code dice.chance(p) ? "X" : null}. */
  void add(String type, LocalDate date, String detail, String counterpart, String... flags) {
    StringJoiner joined = new StringJoiner(";");
    for (String f : flags) if (f != null) joined.add(f);
    events.add(new Event(type, date, detail, counterpart, joined.length() == 0 ? null : joined.toString()));
  }

  /** Drops every event after {@code last}: what happened later is not in the case file (yet). */
  void truncateAfter(LocalDate last) {
    events.removeIf(e -> e.date().isAfter(last));
  }

  /** Events in date order; same-day events keep the order they happened in the story. */
  List<Event> events() {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::date));
    return sorted;
  }

  boolean has(String type) {
    return events.stream().anyMatch(e -> e.type().equals(type));
  }
}
