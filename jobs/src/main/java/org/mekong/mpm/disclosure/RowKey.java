package org.mekong.mpm.disclosure;

import org.mekong.mpm.indicators.IndicatorValue;

/** Identifies an indicator_values row across the restricted and public tiers. */
record RowKey(String period, String indicatorId, String country, String sex, String ageGroup,
    String nationality, String exploitationType, String counterpartCountry) {

  static RowKey of(IndicatorValue v) {
    return new RowKey(v.period(), v.indicatorId(), v.country(), v.sex(), v.ageGroup(),
        v.nationality(), v.exploitationType(), v.counterpartCountry());
  }
}
