/** Known-license identification: the bundled reference texts, their index, and the text diff. */
package dev.ajar.reference;
