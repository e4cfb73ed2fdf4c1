package dev.ajar.benchmarks;

import java.util.Locale;

/**
 * A minimal SVG 1.1 writer: rectangles, lines, polylines, circles and text in user units, with
 * every text and attribute value XML-escaped, so the output is always well-formed. Not
 * thread-safe; one instance draws one image.
 */
final class Svg {

  private final int width;
  private final int height;
  private final StringBuilder body = new StringBuilder();

  Svg(int width, int height) {
    this.width = width;
    this.height = height;
  }

  Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
    body.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"".formatted(n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), escape(fill)));
    if (tooltip == null) {
      body.append("/>\n");
    } else {
      body.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
    }
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    body.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>\n".formatted(n(x1), n(y1), n(x2), n(y2), escape(stroke)));
    return this;
  }

  Svg polyline(double[] xs, double[] ys, String stroke) {
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      pts.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    body.append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n".formatted(pts, escape(stroke)));
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String tooltip) {
    body.append("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"><title>%s</title></circle>\n".formatted(n(cx), n(cy), n(r), escape(fill), escape(tooltip)));
    return this;
  }

  /** Text at (x, y) baseline; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, int size, boolean bold) {
    body.append("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>\n".formatted(
        n(x), n(y), escape(anchor), size, bold ? " font-weight=\"bold\"" : "", escape(text)));
    return this;
  }

  /** The complete document. */
  @Override
  public String toString() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">\n"
            .formatted(width, height, width, height)
        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        + body
        + "</svg>\n";
  }

  /** {@code s} with the five XML special characters escaped and control characters dropped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
