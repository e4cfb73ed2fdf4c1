/**
 * Ajar's public API: {@link dev.ajar.LicenseClassifier} classifies a license text into a {@link
 * dev.ajar.LicenseClass} and returns an immutable {@link dev.ajar.Classification} whose {@link
 * dev.ajar.Finding}s locate every deciding clause.
 */
package dev.ajar;
