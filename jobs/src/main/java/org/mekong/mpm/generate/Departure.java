package org.mekong.mpm.generate;

import java.time.LocalDate;

/** A return as the sending side recorded it; the receiving side files its own case from it. */
record Departure(String from, String to, LocalDate date, boolean escorted, String bilateralRef,
    String exploitationCountry) {}
