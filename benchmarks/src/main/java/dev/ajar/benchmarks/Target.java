package dev.ajar.benchmarks;

import java.util.Optional;

/**
 * One goal from the issue, what this run measured, and whether it is met.
 *
 * @param area {@code accuracy} or {@code speed}
 * @param name what is measured, e.g. {@code SPDX licenses right (clauses-only)}
 * @param goal the goal as written, e.g. {@code >= 95%}
 * @param measured the figure, e.g. {@code 97.7% (679/695)}
 * @param met whether the goal is met; empty when it could not be measured in this run
 * @param gap by how much it is missed ({@code "-"} when met or not measured)
 */
record Target(String area, String name, String goal, String measured, Optional<Boolean> met, String gap) {

  /** {@code fraction} (of {@code n}) must be at least {@code goalPercent}. */
  static Target atLeastPercent(String area, String name, double goalPercent, int right, int n) {
    if (n == 0) {
      return notMeasured(area, name, ">= " + fmt(goalPercent) + "%", "no texts");
    }
    double pct = 100.0 * right / n;
    boolean met = pct >= goalPercent - 1e-9;
    String gap = met ? "-" : "missed by %s pp (%d more right needed)"
        .formatted(fmt(goalPercent - pct), (int) Math.ceil(goalPercent * n / 100.0 - 1e-9) - right);
    return new Target(area, name, ">= " + fmt(goalPercent) + "%", "%s%% (%d/%d)".formatted(fmt(pct), right, n),
        Optional.of(met), gap);
  }

  /** {@code count} (of {@code n}) must be at most {@code goalPercent}. */
  static Target atMostPercent(String area, String name, double goalPercent, int count, int n) {
    if (n == 0) {
      return notMeasured(area, name, "<= " + fmt(goalPercent) + "%", "no texts");
    }
    double pct = 100.0 * count / n;
    boolean met = pct <= goalPercent + 1e-9;
    String gap = met ? "-" : "over by %s pp (%d fewer needed)"
        .formatted(fmt(pct - goalPercent), count - (int) Math.floor(goalPercent * n / 100.0 + 1e-9));
    return new Target(area, name, "<= " + fmt(goalPercent) + "%", "%s%% (%d/%d)".formatted(fmt(pct), count, n),
        Optional.of(met), gap);
  }

  /** {@code value} must be at least {@code goal}. */
  static Target atLeast(String area, String name, double goal, double value, String unit) {
    boolean met = value >= goal;
    String gap = met ? "-" : "missed by %s %s (%s%% short)".formatted(fmt(goal - value), unit, fmt(100 * (goal - value) / goal));
    return new Target(area, name, ">= " + fmt(goal) + " " + unit, fmt(value) + " " + unit, Optional.of(met), gap);
  }

  /** {@code value} must be at most {@code goal}. */
  static Target atMost(String area, String name, double goal, double value, String unit) {
    boolean met = value <= goal;
    String gap = met ? "-" : "over by %s %s (%s%% over)".formatted(fmt(value - goal), unit, fmt(100 * (value - goal) / goal));
    return new Target(area, name, "<= " + fmt(goal) + " " + unit, fmt(value) + " " + unit, Optional.of(met), gap);
  }

  /** A target this run could not measure, with the reason as the measured figure. */
  static Target notMeasured(String area, String name, String goal, String why) {
    return new Target(area, name, goal, why, Optional.empty(), "-");
  }

  /** {@code met}, {@code MISSED} or {@code not measured}. */
  String status() {
    return met.map(m -> m ? "met" : "MISSED").orElse("not measured");
  }

  /** A number with at most three significant decimals and no trailing zeros. */
  static String fmt(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    double abs = Math.abs(v);
    String s = abs >= 100 ? "%.0f".formatted(v) : abs >= 10 ? "%.1f".formatted(v) : abs >= 1 ? "%.2f".formatted(v) : "%.3f".formatted(v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
