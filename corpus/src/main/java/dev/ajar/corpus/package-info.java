/**
 * Labelled license texts for measuring Ajar: the SPDX License List with our gold labels ({@link
 * dev.ajar.corpus.SpdxCorpus}), a loader for {@code *.txt + labels.tsv} corpus directories ({@link
 * dev.ajar.corpus.CorpusDirectory}), and ScanCode LicenseDB records ({@link
 * dev.ajar.corpus.ScanCodeLicenseDb}) split into folds by license family ({@link
 * dev.ajar.corpus.Folds}).
 */
package dev.ajar.corpus;
