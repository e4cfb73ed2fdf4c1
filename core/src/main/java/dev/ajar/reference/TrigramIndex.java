package dev.ajar.reference;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * The Lucene index of the references' sampled word trigrams, one document per reference, doc id
 * equal to the reference's position.
 *
 * <p>Building it costs most of a second in a cold JVM, so the build ships prebuilt ({@link
 * #RESOURCE}): start-up copies its files into a heap directory. The file is the index's Lucene
 * files in a small container that also holds what BM25 needs (each reference's number of
 * sampled trigrams), each reference's number of distinct trigrams (which bounds its similarity
 * to any input before its words are read) and the longest reference's word count. A core test
 * checks that the bundled file has exactly the content {@link #build} gives from the bundled
 * texts.
 *
 * <p>Thread-safe once built: readers are, and each query uses its own enums.
 */
final class TrigramIndex {

  /** Where the prebuilt index lives on the classpath. */
  static final String RESOURCE = "/dev/ajar/reference/spdx-reference.index";

  /** One trigram in this many is indexed and queried; a power of two. */
  static final int SAMPLING = 4;

  private static final String MAGIC = "ajar-trigram-index-2";
  private static final String FIELD = "g";
  private static final FieldType GRAMS = new FieldType();

  static {
    GRAMS.setIndexOptions(IndexOptions.DOCS);
    GRAMS.setTokenized(true);
    GRAMS.freeze();
  }

  private final ByteBuffersDirectory dir;
  private final List<LeafReaderContext> leaves;
  private final int[] sampled;
  private final int[] distinct;
  private final double[] lengthNorm;
  private final int maxWords;

  private TrigramIndex(ByteBuffersDirectory dir, int[] sampled, int[] distinct, int maxWords)
      throws IOException {
    this.dir = dir;
    // docs keep insertion order (log merge policy), so global doc id == reference position
    this.leaves = List.copyOf(DirectoryReader.open(dir).leaves());
    this.sampled = sampled;
    this.distinct = distinct;
    this.lengthNorm = bm25LengthNorms(sampled);
    this.maxWords = maxWords;
  }

  /** Indexes the references' texts: what the bundled file was made with. */
  static TrigramIndex build(List<Entry> entries) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    int[] sampled = new int[entries.size()];
    int[] distinct = new int[entries.size()];
    int longest = 0;
    IndexWriterConfig config =
        new IndexWriterConfig()
            .setRAMBufferSizeMB(64)
            .setUseCompoundFile(false)
            .setMergePolicy(new LogDocMergePolicy());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < entries.size(); i++) {
        Words w = Words.of(Normalizer.normalize(entries.get(i).text()), List.of());
        longest = Math.max(longest, w.size());
        long[] terms = w.trigrams.sample(SAMPLING, Integer.MAX_VALUE);
        sampled[i] = terms.length;
        distinct[i] = w.trigrams.size();
        Document doc = new Document();
        doc.add(new Field(FIELD, new TermArrayStream(terms), GRAMS));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    try {
      return new TrigramIndex(dir, sampled, distinct, longest);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  /**
   * Reads a prebuilt index written by {@link #write}.
   *
   * @throws IOException if the stream fails or does not hold an index for {@code references}
   *     texts made by this Lucene version
   */
  static TrigramIndex read(InputStream in, int references) throws IOException {
    DataInputStream data = new DataInputStream(in);
    String magic = data.readUTF();
    String lucene = data.readUTF();
    if (!MAGIC.equals(magic) || !Version.LATEST.toString().equals(lucene)) {
      throw new IOException("not an index of this version: " + magic + ", Lucene " + lucene);
    }
    int docs = data.readInt();
    if (docs != references) {
      throw new IOException("index has " + docs + " references, the texts " + references);
    }
    int maxWords = data.readInt();
    int[] sampled = new int[docs];
    for (int i = 0; i < docs; i++) {
      sampled[i] = data.readInt();
    }
    int[] distinct = new int[docs];
    for (int i = 0; i < docs; i++) {
      distinct[i] = data.readInt();
    }
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    int files = data.readInt();
    byte[] buffer = new byte[1 << 16];
    for (int f = 0; f < files; f++) {
      String name = data.readUTF();
      long length = data.readLong();
      try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
        for (long left = length; left > 0; ) {
          int n = (int) Math.min(buffer.length, left);
          data.readFully(buffer, 0, n);
          out.writeBytes(buffer, 0, n);
          left -= n;
        }
      }
    }
    return new TrigramIndex(dir, sampled, distinct, maxWords);
  }

  /** Writes this index in the format {@link #read} reads. */
  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeUTF(Version.LATEST.toString());
    data.writeInt(sampled.length);
    data.writeInt(maxWords);
    for (int s : sampled) {
      data.writeInt(s);
    }
    for (int d : distinct) {
      data.writeInt(d);
    }
    String[] names = dir.listAll();
    data.writeInt(names.length);
    for (String name : names) {
      try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
        data.writeUTF(name);
        data.writeLong(in.length());
        byte[] bytes = new byte[(int) in.length()];
        in.readBytes(bytes, 0, bytes.length);
        data.write(bytes);
      }
    }
    data.flush();
  }

  /** The number of distinct trigrams of reference {@code ref}, as {@link Words} counts them. */
  int trigrams(int ref) {
    return distinct[ref];
  }

  /** The word count of the longest reference. */
  int maxWords() {
    return maxWords;
  }

  /**
   * The {@code k} references with the highest BM25 score for the sampled trigrams, best first,
   * ties to the earlier reference. Each trigram occurs once per text, so a shared trigram scores
   * its idf times the reference's length norm: rare wording says more, and a long text sharing as
   * much says less. Read straight off the terms dictionary and postings with reused enums: a
   * BooleanQuery of the same terms cost several times more in scorer set-up and allocation, for a
   * ranking the exact comparison then redoes anyway.
   */
  int[] candidates(long[] sample, int k) {
    double[] score = new double[sampled.length];
    try {
      BytesRef term = new BytesRef(new byte[Long.BYTES]);
      for (LeafReaderContext leaf : leaves) {
        Terms grams = leaf.reader().terms(FIELD);
        if (grams == null) {
          continue;
        }
        TermsEnum terms = grams.iterator();
        PostingsEnum postings = null;
        for (long h : sample) {
          if (!terms.seekExact(TermArrayStream.term(h, term))) {
            continue;
          }
          int df = terms.docFreq();
          double idf = Math.log(1 + (sampled.length - df + 0.5) / (df + 0.5));
          postings = terms.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            int doc = leaf.docBase + d;
            score[doc] += idf * lengthNorm[doc];
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory reference index failed", e);
    }
    return top(score, k);
  }

  /**
   * A digest of everything the index holds (every term with its documents, the sampled counts,
   * the longest word count), for checking a bundled index against a fresh build.
   */
  long contentDigest() throws IOException {
    long h = (31L * maxWords + Arrays.hashCode(sampled)) * 31 + Arrays.hashCode(distinct);
    for (LeafReaderContext leaf : leaves) {
      Terms grams = leaf.reader().terms(FIELD);
      TermsEnum terms = grams == null ? TermsEnum.EMPTY : grams.iterator();
      PostingsEnum postings = null;
      for (BytesRef t = terms.next(); t != null; t = terms.next()) {
        h = Words.mix(h * 31 + t.hashCode());
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          h = Words.mix(h * 31 + leaf.docBase + d);
        }
      }
    }
    return h;
  }

  /** BM25 with its usual k1 = 1.2, b = 0.75, at term frequency one. */
  private static double[] bm25LengthNorms(int[] lengths) {
    double k1 = 1.2;
    double b = 0.75;
    double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
    double[] norms = new double[lengths.length];
    for (int i = 0; i < lengths.length; i++) {
      norms[i] = (k1 + 1) / (1 + k1 * (1 - b + b * lengths[i] / average));
    }
    return norms;
  }

  /** The indexes of the {@code k} highest positive scores, highest first, ties to the lower index. */
  private static int[] top(double[] score, int k) {
    int[] best = new int[k];
    int found = 0;
    for (int doc = 0; doc < score.length; doc++) {
      if (score[doc] <= 0) {
        continue;
      }
      int at = Math.min(found, k - 1);
      if (found == k && score[doc] <= score[best[at]]) {
        continue;
      }
      while (at > 0 && score[best[at - 1]] < score[doc]) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = doc;
      found = Math.min(k, found + 1);
    }
    return Arrays.copyOf(best, found);
  }
}
