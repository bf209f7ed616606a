package org.mekong.mpm.disclosure;

import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/** One published table: a quarter, an indicator and the dimension its columns break down by. */
record TableKey(String period, String indicatorId, Dimension dimension) {
  @Override
  public String toString() {
    return period + " " + indicatorId + " " + dimension;
  }
}
