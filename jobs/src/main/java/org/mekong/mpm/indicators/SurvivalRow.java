package org.mekong.mpm.indicators;

/** One row of the {@code retrafficking_survival} mart: a day on which a re-trafficking event occurs. */
public record SurvivalRow(
    String country,
    String receptionYear,
    int day,
    Long atRisk,
    Long events,
    Double survival,
    Double ciLow,
    Double ciHigh) {}
