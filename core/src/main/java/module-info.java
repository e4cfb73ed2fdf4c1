/**
 * Ajar: classifies license texts by the openness they really grant, with the clauses that prove
 * it. The API is package {@link dev.ajar}; start with {@link dev.ajar.LicenseClassifier}.
 *
 * <p>Only {@code dev.ajar} is exported. The engine's packages ({@code dev.ajar.text}, {@code
 * dev.ajar.index}, {@code dev.ajar.reference} and any added later) are internal: on the module path
 * no other module can reach them, whatever their classes' visibility. The two qualified exports let
 * the {@code dev.ajar.corpus} tool regenerate the bundled reference texts and index ({@code
 * ReferenceIndex.writeIndex}) and retrain the bundled sentence and document models ({@code
 * dev.ajar.learn});
 * they are not part of the API.
 *
 * <p>OpenNLP logs through SLF4J: a program with no SLF4J provider on its path gets SLF4J's
 * three-line "No SLF4J providers were found" notice on standard error the first time a classifier
 * is built. Add a provider (for example {@code org.slf4j:slf4j-nop} to discard the log) to silence it.
 *
 * @since 0.1
 */
@SuppressWarnings("module") // dev.ajar.corpus is built after this module
module dev.ajar {
  requires com.google.common;
  requires org.apache.lucene.core;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.memory;
  requires org.apache.lucene.analysis.common;
  // Automatic module (no descriptor). The sentence model's jar, an automatic module without a
  // stable name, is not required by name: resolving one automatic module resolves every one on
  // the module path, so it is there whenever this module is.
  requires org.apache.opennlp.tools;
  // OpenNLP logs through SLF4J; an automatic module cannot require it, so this module does.
  requires org.slf4j;

  exports dev.ajar;
  exports dev.ajar.reference to
      dev.ajar.corpus;
  exports dev.ajar.learn to
      dev.ajar.corpus;
}
