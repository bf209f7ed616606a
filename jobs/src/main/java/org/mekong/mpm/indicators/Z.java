package org.mekong.mpm.indicators;

/** The framework's one normal quantile. */
final class Z {
  private Z() {}

  /** Φ⁻¹(0.975), exactly as the spec writes it, so every interval uses the same constant. */
  static final double Z95 = 1.959963984540054;
}
