/**
 * Labelled license texts for measuring Ajar: the SPDX License List with our gold labels ({@link
 * dev.ajar.corpus.SpdxCorpus}) and a loader for {@code *.txt + labels.tsv} corpus directories
 * ({@link dev.ajar.corpus.CorpusDirectory}).
 */
package dev.ajar.corpus;
