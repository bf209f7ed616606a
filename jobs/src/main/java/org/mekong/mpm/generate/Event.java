package org.mekong.mpm.generate;

import java.time.LocalDate;

/** One row of events.csv before rendering; flags already joined with ';' or null. */
record Event(String type, LocalDate date, String detail, String counterpart, String flags) {}
