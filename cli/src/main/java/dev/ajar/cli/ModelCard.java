package dev.ajar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The license that a model card (a {@code README.md} with YAML front matter, as on model hubs)
 * declares in its {@code license:}, {@code license_name:} and {@code license_link:} keys.
 *
 * <p>The reader understands the subset of YAML these keys use in practice: a front matter block
 * between a first line {@code ---} and the next {@code ---} or {@code ...}; top-level keys with a
 * plain or quoted scalar, a flow list ({@code [mit, apache-2.0]}) or a block list of {@code - item}
 * lines; {@code #} comments after unquoted values. Anything else is ignored, never an error.
 *
 * @param source the path of the model card, as displayed
 * @param licenses the {@code license:} values, one per list item (a hub id such as {@code
 *     apache-2.0} or {@code other}); empty when the key is absent
 * @param licenseName the {@code license_name:} value, used by hubs when {@code license} is {@code
 *     other}
 * @param licenseLink the {@code license_link:} value: a URL or a path relative to the card
 */
record ModelCard(
    String source,
    List<String> licenses,
    Optional<String> licenseName,
    Optional<String> licenseLink) {

  private static final Pattern KEY =
      Pattern.compile("^(license|license_name|license_link)\\s*:(.*)$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+(.*)$");

  ModelCard {
    licenses = List.copyOf(licenses);
  }

  /**
   * The id to report: {@code license} unless it is {@code other}, else {@code license_name}, else
   * {@code license} ({@code other}), else the link.
   */
  String id() {
    return ModelDeclaration.id(licenses, licenseName, licenseLink).orElseThrow();
  }

  /**
   * The file {@code license_link} names, as an absolute, normalised path, if it is a relative path
   * that stays inside {@code dir} (the card's folder, in any spelling: {@code .}, {@code ./x} and
   * {@code x} are the same folder); URLs and paths escaping the folder give empty.
   */
  Optional<Path> linkedFile(Path dir) {
    Path base = dir.toAbsolutePath().normalize();
    return licenseLink
        .filter(link -> !link.contains(":") && !link.startsWith("/") && !link.startsWith("\\"))
        .map(link -> base.resolve(link).normalize())
        .filter(p -> p.startsWith(base) && !p.equals(base));
  }

  /**
   * Reads the declared license from {@code text}'s front matter; empty when there is no front
   * matter or it names no license.
   */
  static Optional<ModelCard> read(String text, String source) {
    if (!startsWithFrontMatter(text)) {
      return Optional.empty(); // most texts: no need to split a large one into lines
    }
    String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return Optional.empty();
    }
    List<String> license = List.of();
    String name = null;
    String link = null;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        if (license.isEmpty() && name == null && link == null) {
          return Optional.empty();
        }
        return Optional.of(
            new ModelCard(
                source,
                license,
                Optional.ofNullable(name),
                Optional.ofNullable(link)));
      }
      Matcher m = KEY.matcher(line);
      if (!m.matches()) {
        continue;
      }
      List<String> values = values(m.group(2), lines, i + 1);
      if (values.isEmpty()) {
        continue;
      }
      String value = String.join(", ", values);
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "license" -> license = values;
        case "license_name" -> name = value;
        default -> link = value;
      }
    }
    return Optional.empty(); // front matter never closed: not a model card
  }

  /** Whether the first line of {@code text}, byte-order marks and blanks aside, is {@code ---}. */
  private static boolean startsWithFrontMatter(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end).replace("\uFEFF", "").strip().equals("---");
  }

  /** The values of a key whose inline text is {@code inline} and whose block list may follow. */
  private static List<String> values(String inline, String[] lines, int next) {
    String v = scalar(inline);
    List<String> out = new ArrayList<>();
    if (v.startsWith("[") && v.endsWith("]")) {
      for (String item : v.substring(1, v.length() - 1).split(",")) {
        addIfPresent(out, scalar(item));
      }
    } else if (!v.isEmpty()) {
      out.add(v);
    } else {
      for (int j = next; j < lines.length; j++) {
        Matcher item = LIST_ITEM.matcher(lines[j]);
        if (!item.matches()) {
          break;
        }
        addIfPresent(out, scalar(item.group(1)));
      }
    }
    return out;
  }

  private static void addIfPresent(List<String> out, String value) {
    if (!value.isEmpty()) {
      out.add(value);
    }
  }

  /** A YAML scalar without its quotes, or without its trailing comment when unquoted. */
  private static String scalar(String raw) {
    String s = raw.strip();
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
      int close = s.indexOf(s.charAt(0), 1);
      return close > 0 ? s.substring(1, close).strip() : s.substring(1).strip();
    }
    int comment = s.indexOf(" #");
    if (s.startsWith("#")) {
      return "";
    }
    return (comment >= 0 ? s.substring(0, comment) : s).strip();
  }
}
