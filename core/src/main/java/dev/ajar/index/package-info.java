/**
 * Internal: the clause catalog and its Lucene matcher (interval queries over a per-call in-memory
 * index of the text); not an API, may change without notice.
 */
package dev.ajar.index;
