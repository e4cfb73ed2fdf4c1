/** The {@code ajar} command line: classifies license files, folders and model repositories. */
package dev.ajar.cli;
