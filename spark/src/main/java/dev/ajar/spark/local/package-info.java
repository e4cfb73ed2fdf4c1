/**
 * Mains for local runs only: they need the SPDX corpus ({@code ajar-corpus}), which the local job
 * jar's {@code lib/} carries and the cluster jar leaves out (so these classes are not in it).
 */
package dev.ajar.spark.local;
