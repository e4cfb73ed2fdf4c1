package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import dev.ajar.declared.KnownLicenses.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A license name after a lead-in that declares it: "licensed under", "released under",
 * "distributed under", "available under" (and "licensed to you under"), "modify it under" (the
 * FSF's notices), "subject to the terms of", "governed by", then optional filler ("the terms and conditions of", "either", "a") and a
 * known name or id: "Licensed under the Apache License, Version 2.0", "distributed under the MIT
 * or Apache-2.0 license" (names joined by "or" are one {@code OR} expression). A GNU license
 * named without its version takes the version its notice gives ({@link GnuNotice}).
 *
 * <p>A name without a lead-in is a mention, not a declaration ("This is not the MIT license",
 * "switched from GPL to MIT"), and a lead-in shortly after a negation, a condition or a past
 * marker ("not licensed under", "formerly released under", "if it is distributed under") does not
 * count.
 */
final class NameFinder {

  /** Chars read after a lead-in: enough for the longest name and some filler. */
  private static final int WINDOW = 240;

  /** Chars before a lead-in searched for a negation. */
  private static final int NEGATION_WINDOW = 48;

  private static final Set<String> VERBS = Set.of(
      "licensed", "licenced", "relicensed", "dual-licensed", "released", "distributed",
      "available", "provided", "published", "offered", "shared");

  private static final Set<String> FILLER = Set.of(
      "terms", "and", "conditions", "of", "either", "a", "an", "one", "both", "its");

  private static final Set<String> NEGATIONS = Set.of(
      "not", "never", "formerly", "previously", "no", "instead", "rather", "nor", "if", "unless");

  private NameFinder() {}

  static void find(Scan scan, Scan.Sink sink) {
    String text = scan.text;
    for (int i = scan.find(Anchors.UNDER, 0); i >= 0 && !sink.full();
        i = scan.find(Anchors.UNDER, i + 5)) {
      if (!isWordAt(text, i, 5)) {
        continue;
      }
      int lead = leadVerbBefore(text, i);
      if (lead >= 0) {
        names(scan, sink, lead, i + 5);
      }
    }
    for (String phrase : List.of(Anchors.SUBJECT_TO, Anchors.GOVERNED_BY)) {
      for (int i = scan.find(phrase, 0); i >= 0 && !sink.full();
          i = scan.find(phrase, i + phrase.length())) {
        if (isWordAt(text, i, phrase.length())) {
          names(scan, sink, i, i + phrase.length());
        }
      }
    }
  }

  /** The start of the lead verb before "under" at {@code under}, or -1. */
  private static int leadVerbBefore(String text, int under) {
    int[] w = wordBefore(text, under);
    if (w != null && text.substring(w[0], w[1]).equalsIgnoreCase("it")) {
      // The FSF's notice: "you can redistribute it and/or modify it under the terms of ..."
      int[] verb = wordBefore(text, w[0]);
      return verb != null && (text.substring(verb[0], verb[1]).equalsIgnoreCase("modify")
          || text.substring(verb[0], verb[1]).equalsIgnoreCase("redistribute")) ? verb[0] : -1;
    }
    if (w != null && text.substring(w[0], w[1]).equalsIgnoreCase("you")) {
      int[] to = wordBefore(text, w[0]);
      w = to != null && text.substring(to[0], to[1]).equalsIgnoreCase("to") ? wordBefore(text, to[0]) : null;
    }
    return w != null && VERBS.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT)) ? w[0] : -1;
  }

  /** Reads the names after a lead-in spanning {@code [lead, from)}. */
  private static void names(Scan scan, Scan.Sink sink, int lead, int from) {
    String text = scan.text;
    if (negated(text, lead)) {
      return;
    }
    NameKey.Words words = NameKey.words(text, from, Math.min(text.length(), from + WINDOW));
    int k = 0;
    while (words.get(k) != null && (!words.get(k).kept() || FILLER.contains(words.get(k).key()))) {
      k++;
    }
    List<Name> found = new ArrayList<>();
    List<String> written = new ArrayList<>();
    int end = -1;
    while (words.get(k) != null && found.size() < 4) {
      int nameStart = words.get(k).start();
      Optional<NameKey.Match<Name>> m = scan.resolver.longestName(words, k);
      if (m.isEmpty() || m.get().value().expression().isEmpty()) {
        break;
      }
      found.add(m.get().value());
      written.add(text.substring(nameStart, m.get().end()));
      end = m.get().end();
      k += m.get().words();
      // "the MIT or Apache-2.0 license": another name after "or" is an alternative.
      if (words.get(k + 1) != null && words.get(k).key().equals("or")) {
        k++;
        while (words.get(k) != null && !words.get(k).kept()) {
          k++;
        }
      } else {
        break;
      }
    }
    if (found.isEmpty()) {
      return;
    }
    if (found.size() == 1 && found.get(0).expression().isPresent()) {
      Optional<GnuNotice.Version> version =
          scan.resolver.gnuVersion(text, end, found.get(0).expression().get());
      if (version.isPresent()) {
        String notice = text.substring(lead, version.get().end());
        Resolution r = scan.cached("name", notice, d -> Optional.of(scan.resolver.name(
            new Name(Optional.of(new Expression.License(version.get().id(), false)),
                "the version the notice gives"), written.get(0)))).orElseThrow();
        sink.add(DeclarationKind.NAME, lead, version.get().end(), r);
        return;
      }
    }
    String declared = text.substring(lead, end);
    Resolution r = scan.cached("name", declared, d -> Optional.of(found.size() == 1
        ? scan.resolver.name(found.get(0), written.get(0))
        : scan.resolver.expression(Expression.or(
            found.stream().map(n -> n.expression().orElseThrow()).toList())))).orElseThrow();
    sink.add(DeclarationKind.NAME, lead, end, r);
  }

  /** Whether a negation, condition or past marker stands in the few words before {@code lead}. */
  private static boolean negated(String text, int lead) {
    int from = Math.max(0, lead - NEGATION_WINDOW);
    for (int i = lead; i > from; ) {
      int[] w = wordBefore(text, i);
      if (w == null || w[0] < from) {
        return false;
      }
      String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(word) || word.endsWith("n't") || word.equals("longer")) {
        return true;
      }
      i = w[0];
    }
    return false;
  }

  /**
   * The word (letters, apostrophes, hyphens) before {@code at}, past blanks but not past a line
   * break followed by another, as {@code {start, end}}; null if there is none within 32 chars.
   */
  private static int[] wordBefore(String text, int at) {
    int end = at;
    int breaks = 0;
    while (end > 0 && at - end < 32 && Character.isWhitespace(text.charAt(end - 1))) {
      if (text.charAt(end - 1) == '\n' && ++breaks > 1) {
        return null;
      }
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 32 && (Character.isLetter(text.charAt(start - 1))
        || text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '-')) {
      start--;
    }
    return start < end ? new int[] {start, end} : null;
  }

  /** Whether {@code text[i, i+n)} is a whole word. */
  private static boolean isWordAt(String text, int i, int n) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && (i + n >= text.length() || !Character.isLetterOrDigit(text.charAt(i + n)));
  }
}
