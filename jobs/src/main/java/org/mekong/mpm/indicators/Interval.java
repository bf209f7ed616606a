package org.mekong.mpm.indicators;

/** A 95 % interval on the value's own scale (percent 0–100 or days). */
public record Interval(double low, double high) {}
