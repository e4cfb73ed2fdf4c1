/**
 * Internal: length-preserving normalisation, sentence segmentation (OpenNLP) and tokenising; not
 * an API, may change without notice.
 */
package dev.ajar.text;
