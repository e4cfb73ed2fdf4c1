package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.util.List;
import java.util.Map;

/**
 * The report's charts as SVG documents: confusion matrices, horizontal bar charts on a log scale
 * (Ajar and its peers differ by orders of magnitude), and a time-per-MB against input-size chart.
 */
final class Charts {

  /** Ajar's colour. */
  static final String AJAR = "#2b6cb0";
  /** The peers' colour. */
  static final String PEER = "#dd6b20";

  private static final String[] SHORT = {"RISK_T", "PROPR", "USE_R", "OSD", "NOT_L"};

  /** One bar. */
  record Bar(String label, double value, String colour) {}

  /** One line of the scaling chart: x values in MB, y values in ms per MB. */
  record Series(String name, double[] megabytes, double[] millisPerMegabyte, String colour) {}

  private Charts() {}

  /** One confusion matrix per mode, side by side; cells shaded by their share of the gold row. */
  static String confusion(String source, Map<Mode, Confusion> byMode) {
    LicenseClass[] classes = LicenseClass.values();
    int cell = 56;
    int left = 175;
    int top = 70;
    int panel = left + cell * classes.length + 30;
    Svg svg = new Svg(panel * byMode.size() + 10, top + cell * classes.length + 60);
    int p = 0;
    for (Map.Entry<Mode, Confusion> e : byMode.entrySet()) {
      int x0 = p++ * panel;
      Confusion c = e.getValue();
      svg.text(x0 + 10, 22, source + ": " + e.getKey().slug() + " (n=" + c.total() + ")", "start", 15, true);
      svg.text(x0 + left + cell * classes.length / 2.0, 44, "predicted", "middle", 12, false);
      for (int j = 0; j < classes.length; j++) {
        svg.text(x0 + left + cell * j + cell / 2.0, top - 8, SHORT[j], "middle", 11, false);
      }
      for (int i = 0; i < classes.length; i++) {
        int y = top + cell * i;
        svg.text(x0 + left - 8, y + cell / 2.0 + 4, classes[i].name() + " (gold)", "end", 11, false);
        int row = c.support(classes[i]);
        for (int j = 0; j < classes.length; j++) {
          int n = c.count(classes[i], classes[j]);
          double share = row == 0 ? 0 : (double) n / row;
          String fill = row == 0 ? "#f7f7f7" : shade(share, i == j);
          svg.rect(x0 + left + cell * j, y, cell - 2, cell - 2, fill,
              "%s predicted %s: %d".formatted(classes[i], classes[j], n));
          if (n > 0) {
            svg.text(x0 + left + cell * j + cell / 2.0 - 1, y + cell / 2.0 + 4, Integer.toString(n), "middle", 12, share > 0.5);
          }
        }
      }
    }
    svg.text(10, top + cell * classes.length + 30,
        "Rows: gold class; columns: predicted; shade: share of the gold row (green on the diagonal, red off it).", "start", 11, false);
    return svg.toString();
  }

  /** Horizontal bars on a log10 axis; values must be positive (others are drawn as "n/a"). */
  static String bars(String title, String unit, List<Bar> bars) {
    int left = 420;
    int plot = 440;
    int row = 26;
    int top = 50;
    Svg svg = new Svg(left + plot + 140, top + row * bars.size() + 50);
    svg.text(10, 24, title, "start", 15, true);
    double min = bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).min().orElse(1);
    double max = bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).max().orElse(10);
    double lo = Math.floor(Math.log10(min)) - (min == max ? 1 : 0);
    double hi = Math.ceil(Math.log10(max)) + (Math.ceil(Math.log10(max)) == Math.log10(max) ? 0.2 : 0);
    for (int d = (int) lo; d <= (int) Math.floor(hi); d++) {
      double x = left + plot * (d - lo) / (hi - lo);
      svg.line(x, top - 6, x, top + row * bars.size(), "#dddddd");
      svg.text(x, top + row * bars.size() + 16, Target.fmt(Math.pow(10, d)), "middle", 10, false);
    }
    svg.text(left + plot / 2.0, top + row * bars.size() + 36, unit + " (log scale)", "middle", 11, false);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + row * i;
      svg.text(left - 8, y + row / 2.0 + 4, b.label(), "end", 12, false);
      if (b.value() > 0) {
        double w = plot * (Math.log10(b.value()) - lo) / (hi - lo);
        svg.rect(left, y + 4, w, row - 8, b.colour(), b.label() + ": " + Target.fmt(b.value()) + " " + unit);
        svg.text(left + w + 6, y + row / 2.0 + 4, Target.fmt(b.value()), "start", 11, false);
      } else {
        svg.text(left + 6, y + row / 2.0 + 4, "n/a", "start", 11, false);
      }
    }
    return svg.toString();
  }

  /** Lines of ms per MB against input size in MB, both on log10 axes. */
  static String scaling(String title, List<Series> series) {
    int left = 70;
    int top = 50;
    int w = 560;
    int h = 300;
    Svg svg = new Svg(left + w + 200, top + h + 60);
    svg.text(10, 24, title, "start", 15, true);
    double xLo = Double.MAX_VALUE;
    double xHi = -Double.MAX_VALUE;
    double yLo = Double.MAX_VALUE;
    double yHi = -Double.MAX_VALUE;
    for (Series s : series) {
      for (int i = 0; i < s.megabytes().length; i++) {
        xLo = Math.min(xLo, Math.log10(s.megabytes()[i]));
        xHi = Math.max(xHi, Math.log10(s.megabytes()[i]));
        yLo = Math.min(yLo, Math.log10(s.millisPerMegabyte()[i]));
        yHi = Math.max(yHi, Math.log10(s.millisPerMegabyte()[i]));
      }
    }
    // A decade is added only when a value is clearly past it (10.06 MB stays in the 10 MB decade).
    xLo = Math.floor(xLo + 0.02);
    xHi = Math.max(xLo + 1, Math.ceil(xHi - 0.02));
    yLo = Math.floor(yLo + 0.02);
    yHi = Math.max(yLo + 1, Math.ceil(yHi - 0.02));
    for (int d = (int) xLo; d <= (int) xHi; d++) {
      double x = left + w * (d - xLo) / (xHi - xLo);
      svg.line(x, top, x, top + h, "#dddddd");
      svg.text(x, top + h + 16, Target.fmt(Math.pow(10, d)), "middle", 10, false);
    }
    for (int d = (int) yLo; d <= (int) yHi; d++) {
      double y = top + h - h * (d - yLo) / (yHi - yLo);
      svg.line(left, y, left + w, y, "#dddddd");
      svg.text(left - 6, y + 4, Target.fmt(Math.pow(10, d)), "end", 10, false);
    }
    svg.text(left + w / 2.0, top + h + 36, "input size, MB (log scale)", "middle", 11, false);
    svg.text(10, top - 10, "ms per MB (log scale)", "start", 11, false);
    int legend = 0;
    for (Series s : series) {
      int n = s.megabytes().length;
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = left + w * (Math.log10(s.megabytes()[i]) - xLo) / (xHi - xLo);
        ys[i] = top + h - h * (Math.log10(s.millisPerMegabyte()[i]) - yLo) / (yHi - yLo);
      }
      svg.polyline(xs, ys, s.colour());
      for (int i = 0; i < n; i++) {
        svg.circle(xs[i], ys[i], 3.5, s.colour(), "%s MB: %s ms/MB".formatted(Target.fmt(s.megabytes()[i]), Target.fmt(s.millisPerMegabyte()[i])));
      }
      svg.rect(left + w + 20, top + 20 * legend, 14, 4, s.colour(), null);
      svg.text(left + w + 40, top + 20 * legend + 6, s.name(), "start", 12, false);
      legend++;
    }
    return svg.toString();
  }

  private static String shade(double share, boolean diagonal) {
    // White at 0, full hue at 1: green where right, red where wrong.
    int r0 = diagonal ? 56 : 229;
    int g0 = diagonal ? 161 : 62;
    int b0 = diagonal ? 105 : 62;
    double t = Math.sqrt(share);
    return "#%02x%02x%02x".formatted(mix(255, r0, t), mix(255, g0, t), mix(255, b0, t));
  }

  private static int mix(int from, int to, double t) {
    return (int) Math.round(from + (to - from) * t);
  }
}
