package dev.ajar.reference;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The sentences of every reference text, as {@link SentenceSplitter} splits its normalised form,
 * computed when the bundled files are made rather than on every start: splitting the references a
 * cold run compares with was about a twentieth of a whole-corpus command-line run.
 *
 * <p>Format ({@link #RESOURCE}): gzip of a magic string, the number of references, then per
 * reference its number of sentences and each sentence's start and end as distances from the
 * previous offset. A test checks that the bundled file is what splitting the bundled texts gives.
 * Immutable; the arrays it hands out must not be changed.
 */
final class ReferenceSentences {

  /** Where the bundled file lives on the classpath. */
  static final String RESOURCE = "/dev/ajar/reference/spdx-reference.sentences";

  private static final String MAGIC = "ajar-reference-sentences-1";

  /** Per reference: start and end of each sentence, in turn. */
  private final int[][] spans;

  private ReferenceSentences(int[][] spans) {
    this.spans = spans;
  }

  /** Splits each entry's normalised text with {@code splitter}: what the bundled file holds. */
  static ReferenceSentences build(List<Entry> entries, SentenceSplitter splitter) {
    int[][] spans = new int[entries.size()][];
    for (int i = 0; i < spans.length; i++) {
      List<Sentence> sentences = splitter.split(Normalizer.normalize(entries.get(i).text()));
      spans[i] = new int[2 * sentences.size()];
      for (int s = 0; s < sentences.size(); s++) {
        spans[i][2 * s] = sentences.get(s).start();
        spans[i][2 * s + 1] = sentences.get(s).end();
      }
    }
    return new ReferenceSentences(spans);
  }

  /**
   * Reads a file written by {@link #write}.
   *
   * @throws IOException if the stream fails or does not hold the sentences of {@code references}
   *     texts
   */
  static ReferenceSentences read(InputStream in, int references) throws IOException {
    // Inflated in one go and read from the array: a DataInputStream over the inflater paid a
    // virtual call chain per byte, about 5% of a cold start for some 300,000 bytes.
    ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
    try {
      String magic = readUtf(data);
      if (!MAGIC.equals(magic)) {
        throw new IOException("not a sentence file of this version: " + magic);
      }
      int count = data.getInt();
      if (count != references) {
        throw new IOException("sentences of " + count + " references, the texts " + references);
      }
      int[][] spans = new int[count][];
      for (int i = 0; i < count; i++) {
        int[] s = new int[2 * data.getInt()];
        int offset = 0;
        for (int k = 0; k < s.length; k++) {
          offset += data.getInt();
          s[k] = offset;
        }
        spans[i] = s;
      }
      return new ReferenceSentences(spans);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new EOFException("the sentence file ends early");
    }
  }

  /** A string as {@link DataOutputStream#writeUTF} wrote it, decoded by its counterpart. */
  private static String readUtf(ByteBuffer data) throws IOException {
    int start = data.position();
    int length = 2 + (data.getShort(start) & 0xffff);
    String s = DataInputStream.readUTF(
        new DataInputStream(new ByteArrayInputStream(data.array(), start, length)));
    data.position(start + length); // readUTF read all of it, so the buffer holds that many
    return s;
  }

  /** Writes these sentences in the format {@link #read} reads. */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeUTF(MAGIC);
    data.writeInt(spans.length);
    for (int[] s : spans) {
      data.writeInt(s.length / 2);
      int offset = 0;
      for (int v : s) {
        data.writeInt(v - offset);
        offset = v;
      }
    }
    data.flush();
    gzip.finish();
  }

  /** The sentences of reference {@code ref}, as spans into its normalised text. */
  List<Sentence> of(int ref) {
    int[] s = spans[ref];
    List<Sentence> out = new ArrayList<>(s.length / 2);
    for (int k = 0; k < s.length; k += 2) {
      out.add(new Sentence(s[k], s[k + 1]));
    }
    return out;
  }

  /** Whether both hold the same sentences for every reference. */
  boolean sameAs(ReferenceSentences other) {
    return Arrays.deepEquals(spans, other.spans);
  }
}
