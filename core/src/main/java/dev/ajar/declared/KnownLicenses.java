package dev.ajar.declared;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.ajar.LicenseClass;
import dev.ajar.reference.SpdxListFile;
import dev.ajar.reference.SpdxListFile.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Ajar knows to resolve a declaration: the SPDX License List's ids, names, URLs and
 * exceptions with Ajar's gold classes ({@link SpdxListFile}, generated), the informal and
 * deprecated ids ({@value #ALIASES}, reviewed) and the model hub's license ids with the
 * LicenseRefs they define ({@value #HUB}, reviewed).
 *
 * <p>Names are looked up by {@link NameKey}, URLs by {@link UrlKey}. When two sources give one
 * name key, the first wins, in this order: SPDX ids, SPDX full names, full names ending in "only"
 * read without it ("GNU General Public License v3.0"), aliases; {@code AliasTableTest} checks that
 * no alias is shadowed or shadows. A URL the list gives for several licenses resolves to all of
 * them.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} loads the classpath tables once.
 */
final class KnownLicenses {

  /** The reviewed table of informal and deprecated ids, on the classpath. */
  static final String ALIASES = "/dev/ajar/declared/aliases.tsv";

  /** The reviewed table of model-hub license ids, on the classpath. */
  static final String HUB = "/dev/ajar/declared/hub-licenses.tsv";

  private static final String NONE = "-";

  /**
   * What a name key resolves to.
   *
   * @param expression the expression it means; empty for a deliberately unresolved alias
   * @param source where the name comes from, for reasons ("SPDX name", or the alias row's why)
   */
  record Name(Optional<Expression> expression, String source) {}

  /**
   * One row of the model-hub table.
   *
   * @param id the hub's id, lower case, e.g. {@code llama3.1}
   * @param expression the SPDX expression or Ajar LicenseRef it means; empty for {@code other}
   *     and {@code unknown}
   * @param licenseClass the class the table states
   * @param reason the table's one line of why
   */
  record HubLicense(
      String id, Optional<Expression> expression, Optional<LicenseClass> licenseClass, String reason) {}

  /** One of Ajar's own LicenseRefs, defined by a hub row. */
  record OwnRef(String ref, Optional<LicenseClass> licenseClass, String reason) {}

  private final Map<String, String> licenseIds;
  private final Map<String, LicenseClass> classes;
  private final Map<String, String> exceptions;
  private final Map<String, OwnRef> refs;
  private final Map<String, Name> names;
  private final java.util.Set<String> namePrefixes;
  private final Map<String, List<String>> urls;
  private final Map<String, HubLicense> hub;
  private final List<String> deprecatedIds;

  private KnownLicenses(List<SpdxListFile.Row> list, String aliasTable, String hubTable) {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, LicenseClass> cls = new LinkedHashMap<>();
    Map<String, String> exc = new LinkedHashMap<>();
    Map<String, List<String>> byUrl = new LinkedHashMap<>();
    List<String> deprecated = new ArrayList<>();
    for (SpdxListFile.Row r : list) {
      String lower = r.id().toLowerCase(Locale.ROOT);
      if (r.kind() == Kind.EXCEPTION) {
        exc.put(lower, r.id());
      } else if (r.kind() == Kind.DEPRECATED) {
        deprecated.add(r.id());
      } else {
        ids.put(lower, r.id());
        cls.put(r.id(), r.knownClass().orElseThrow());
        for (String u : r.urls()) {
          addUrl(byUrl, UrlKey.of(u), r.id());
        }
      }
    }
    // The list's own pages, and OSI's pages, which are named by SPDX id: added after the seeAlso
    // URLs so that a seeAlso naming several ids keeps all of them.
    for (String id : ids.values()) {
      byUrl.putIfAbsent(UrlKey.of("spdx.org/licenses/" + id), List.of(id));
      byUrl.putIfAbsent(UrlKey.of("opensource.org/licenses/" + id), List.of(id));
    }
    this.licenseIds = ImmutableMap.copyOf(ids);
    this.classes = ImmutableMap.copyOf(cls);
    this.exceptions = ImmutableMap.copyOf(exc);
    this.deprecatedIds = ImmutableList.copyOf(deprecated);
    Map<String, List<String>> frozenUrls = new LinkedHashMap<>();
    byUrl.forEach((k, v) -> frozenUrls.put(k, ImmutableList.copyOf(v)));
    this.urls = ImmutableMap.copyOf(frozenUrls);

    Map<String, HubLicense> hubRows = new LinkedHashMap<>();
    Map<String, OwnRef> ownRefs = new LinkedHashMap<>();
    for (String[] f : rows(HUB, hubTable, 4)) {
      Optional<Expression> e = expression(HUB, f[1]);
      Optional<LicenseClass> c = licenseClass(f);
      hubRows.put(f[0].toLowerCase(Locale.ROOT), new HubLicense(f[0], e, c, f[3]));
      if (e.isPresent() && e.get() instanceof Expression.Ref) {
        String ref = e.get().canonical();
        ownRefs.put(ref.toLowerCase(Locale.ROOT), new OwnRef(ref, c, f[3]));
      }
    }
    this.hub = ImmutableMap.copyOf(hubRows);
    this.refs = ImmutableMap.copyOf(ownRefs);

    Map<String, Name> byName = new LinkedHashMap<>();
    for (String id : ids.values()) {
      byName.putIfAbsent(NameKey.of(id), name(id, "SPDX id"));
    }
    for (SpdxListFile.Row r : list) {
      if (r.kind() == Kind.LICENSE) {
        byName.putIfAbsent(NameKey.of(r.name()), name(r.id(), "SPDX name"));
      }
    }
    for (SpdxListFile.Row r : list) {
      if (r.kind() == Kind.LICENSE && r.name().endsWith(" only")) {
        String bare = r.name().substring(0, r.name().length() - " only".length());
        byName.putIfAbsent(NameKey.of(bare), name(r.id(), "SPDX name without \"only\""));
      }
    }
    for (String[] f : rows(ALIASES, aliasTable, 3)) {
      byName.putIfAbsent(NameKey.of(f[0]), new Name(expression(ALIASES, f[1]), f[2]));
    }
    this.names = ImmutableMap.copyOf(byName);
    java.util.Set<String> prefixes = new java.util.HashSet<>();
    byName.keySet().forEach(k -> prefixes.addAll(NameKey.prefixes(k)));
    this.namePrefixes = com.google.common.collect.ImmutableSet.copyOf(prefixes);
  }

  private static Name name(String id, String source) {
    return new Name(Optional.of(new Expression.License(id, false)), source);
  }

  private static void addUrl(Map<String, List<String>> byUrl, String key, String id) {
    List<String> ids = byUrl.computeIfAbsent(key, k -> new ArrayList<>());
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  /** The tables on the classpath, loaded on first use. */
  static KnownLicenses bundled() {
    return Holder.INSTANCE;
  }

  /**
   * Builds the tables from the given sources (tests use it with small tables).
   *
   * @throws IllegalStateException if a table row is malformed; the message names the table and
   *     the row
   */
  static KnownLicenses of(List<SpdxListFile.Row> list, String aliasTable, String hubTable) {
    return new KnownLicenses(list, aliasTable, hubTable);
  }

  private static final class Holder {
    static final KnownLicenses INSTANCE =
        of(SpdxListFile.readBundled(), read(ALIASES), read(HUB));
  }

  /** The SPDX license id spelled {@code id} in any case, as the list spells it. */
  Optional<String> licenseId(String id) {
    return Optional.ofNullable(licenseIds.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The class of a known SPDX id or Ajar LicenseRef, spelled as the tables spell it. */
  Optional<LicenseClass> classOf(String id) {
    LicenseClass c = classes.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    OwnRef r = refs.get(id.toLowerCase(Locale.ROOT));
    return r == null ? Optional.empty() : r.licenseClass();
  }

  /** The exception id spelled {@code id} in any case, as the list spells it. */
  Optional<String> exception(String id) {
    return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The Ajar LicenseRef spelled {@code ref} in any case. */
  Optional<OwnRef> ownRef(String ref) {
    return Optional.ofNullable(refs.get(ref.toLowerCase(Locale.ROOT)));
  }

  /** What the name key {@code key} means, or null: for {@link NameKey#longestPrefix}. */
  Name name(String key) {
    return names.get(key);
  }

  /** Whether some known name's key begins with the words of {@code key}. */
  boolean isNamePrefix(String key) {
    return namePrefixes.contains(key);
  }

  /** The ids whose URL has the key {@code key} (or, failing that, the key without fragment). */
  List<String> url(String key) {
    List<String> ids = urls.get(key);
    if (ids == null) {
      ids = urls.get(UrlKey.withoutFragment(key));
    }
    return ids == null ? List.of() : ids;
  }

  /** The hub row of {@code id}, in any case. */
  Optional<HubLicense> hub(String id) {
    return Optional.ofNullable(hub.get(id.toLowerCase(Locale.ROOT)));
  }

  /** Every hub row, in table order. */
  List<HubLicense> hubLicenses() {
    return List.copyOf(hub.values());
  }

  /** Every name key and what it means (for tests). */
  Map<String, Name> names() {
    return names;
  }

  /** The list's deprecated license ids, sorted. */
  List<String> deprecatedIds() {
    return deprecatedIds;
  }

  private static Optional<LicenseClass> licenseClass(String[] hubRow) {
    if (hubRow[2].equals(NONE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LicenseClass.valueOf(hubRow[2]));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(HUB + ": " + hubRow[0] + ": no class " + hubRow[2], e);
    }
  }

  private static Optional<Expression> expression(String table, String cell) {
    if (cell.equals(NONE)) {
      return Optional.empty();
    }
    ParseResult p = ExpressionParser.parse(cell);
    return Optional.of(p.expression().orElseThrow(
        () -> new IllegalStateException(table + ": bad expression '" + cell + "': " + p.error())));
  }

  /** The non-comment rows of a tab-separated table, each with exactly {@code columns} cells. */
  static List<String[]> rows(String table, String content, int columns) {
    List<String[]> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns) {
        throw new IllegalStateException(
            table + " line " + (i + 1) + ": " + f.length + " columns, expected " + columns);
      }
      out.add(f);
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = KnownLicenses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + resource + ": not on the classpath");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
