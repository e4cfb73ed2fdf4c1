package dev.ajar.declared;

import java.util.List;

/** One way a text declares a license, found by a bounded read around a fixed anchor. */
@FunctionalInterface
interface Finder {

  /** Every finder, in the order a scan runs them: front matter first, so fields can skip it. */
  List<Finder> ALL = List.of(
      FrontMatterFinder::find,
      SpdxLineFinder::find,
      FieldFinder::find,
      XmlLicenseFinder::find,
      NameFinder::find,
      UrlFinder::find);

  /** Adds the candidates found in {@code scan}'s text to {@code sink}, stopping when it is full. */
  void find(Scan scan, Scan.Sink sink);
}
