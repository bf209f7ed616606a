package org.mekong.mpm.indicators;

/**
 * One entry of the indicator catalogue ({@code schemas/indicators.json}): what the framework
 * defines for an indicator, apart from its rule.
 *
 * @param unit {@code percent}, {@code days} or {@code count}
 * @param direction {@code higher}, {@code lower} or null for counts
 * @param target the default regional target, or null
 * @param crossBorder marked ⇄ in the framework: members carry a counterpart country
 */
public record Indicator(
    String id,
    String name,
    String section,
    String guidelineRef,
    Unit unit,
    Direction direction,
    Double target,
    boolean crossBorder,
    String population,
    String referenceDate,
    String windowEnd,
    String numerator,
    String definition) {}
