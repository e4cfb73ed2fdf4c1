package dev.ajar.declared;

import java.util.Locale;

/**
 * License URLs reduced to lookup keys, so that the spellings of one address meet: scheme, a
 * leading {@code www.}, letter case, a trailing slash, a {@code .html}, {@code .htm}, {@code
 * .shtml}, {@code .txt}, {@code .php} or {@code .md} ending and the {@code -standalone} suffix of gnu.org pages
 * do not count, and opensource.org's newer {@code /license/} paths are its older {@code
 * /licenses/} ones. {@code https://www.gnu.org/licenses/gpl-3.0-standalone.html} and {@code
 * http://gnu.org/licenses/gpl-3.0/} both have the key {@code gnu.org/licenses/gpl-3.0}.
 *
 * <p>The fragment ({@code #...}) is kept, because the SPDX list tells some licenses apart by it
 * alone; {@link #withoutFragment} gives the fallback. Stateless and thread-safe.
 */
final class UrlKey {

  private static final String[] SCHEMES = {"https://", "http://", "ftp://"};
  private static final String[] ENDINGS = {".html", ".htm", ".shtml", ".txt", ".php", ".md"};

  private UrlKey() {}

  /** The key of {@code url}. */
  static String of(String url) {
    String k = url.strip().toLowerCase(Locale.ROOT);
    for (String scheme : SCHEMES) {
      if (k.startsWith(scheme)) {
        k = k.substring(scheme.length());
        break;
      }
    }
    if (k.startsWith("www.")) {
      k = k.substring(4);
    }
    int hash = k.indexOf('#');
    String fragment = hash < 0 ? "" : k.substring(hash);
    String path = hash < 0 ? k : k.substring(0, hash);
    path = trimSlashes(path);
    for (String ending : ENDINGS) {
      if (path.endsWith(ending)) {
        path = path.substring(0, path.length() - ending.length());
        break;
      }
    }
    if (path.startsWith("gnu.org/") && path.endsWith("-standalone")) {
      path = path.substring(0, path.length() - "-standalone".length());
    }
    if (path.startsWith("opensource.org/license/")) {
      path = "opensource.org/licenses/" + path.substring("opensource.org/license/".length());
    }
    return trimSlashes(path) + fragment;
  }

  /** {@code key} without its fragment; {@code key} itself when it has none. */
  static String withoutFragment(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? key : key.substring(0, hash);
  }

  private static String trimSlashes(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(0, end);
  }
}
