package dev.ajar.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * An OpenNLP sentence model whose detectors find the end-of-sentence characters with a table.
 * OpenNLP's default scanner boxes every char of the text to look it up in a hash set, about 2% of
 * classifying a license. The positions are the same (the same characters, in order), and the
 * model, its context generator and everything else are the loaded model's own, so a detector
 * made from it splits exactly as one made from the loaded model.
 */
final class EosTableModel extends SentenceModel {

  /** Null while the superclass constructor runs (it may ask for the factory). */
  private final SentenceDetectorFactory tableFactory;

  EosTableModel(InputStream in) throws IOException {
    super(in);
    this.tableFactory = new TableFactory(super.getFactory());
  }

  @Override
  public SentenceDetectorFactory getFactory() {
    return tableFactory != null ? tableFactory : super.getFactory();
  }

  /** The loaded model's factory, but for the scanner. */
  private static final class TableFactory extends SentenceDetectorFactory {
    private final SentenceDetectorFactory loaded;
    private final EndOfSentenceScanner scanner;

    TableFactory(SentenceDetectorFactory loaded) {
      this.loaded = loaded;
      EndOfSentenceScanner s = loaded.getEndOfSentenceScanner();
      // Only the default scanner's behaviour is known to be a plain membership test. Either is
      // stateless, so one serves every detector.
      this.scanner = s instanceof DefaultEndOfSentenceScanner
          ? new TableScanner(s.getEOSCharacters()) : s;
    }

    @Override
    public EndOfSentenceScanner getEndOfSentenceScanner() {
      return scanner;
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
      return loaded.getSDContextGenerator();
    }

    @Override
    public boolean isUseTokenEnd() {
      return loaded.isUseTokenEnd();
    }

    @Override
    public char[] getEOSCharacters() {
      return loaded.getEOSCharacters();
    }

    @Override
    public Dictionary getAbbreviationDictionary() {
      return loaded.getAbbreviationDictionary();
    }

    @Override
    public String getLanguageCode() {
      return loaded.getLanguageCode();
    }
  }

  /** {@link DefaultEndOfSentenceScanner}'s positions: every index holding one of the chars. */
  private static final class TableScanner implements EndOfSentenceScanner {
    private final Set<Character> eos;
    private final boolean[] ascii = new boolean[128];

    TableScanner(Set<Character> eos) {
      this.eos = eos;
      for (char c : eos) {
        if (c < 128) {
          ascii[c] = true;
        }
      }
    }

    @Override
    public Set<Character> getEOSCharacters() {
      return eos;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
      List<Integer> out = new ArrayList<>();
      char[] chars = s.toString().toCharArray(); // see SentenceSplitter#split: an array reads fast
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c < 128 ? ascii[c] : eos.contains(c)) {
          out.add(i);
        }
      }
      return out;
    }

    @Override
    public List<Integer> getPositions(StringBuffer s) {
      return getPositions((CharSequence) s);
    }

    @Override
    public List<Integer> getPositions(char[] s) {
      return getPositions(CharBuffer.wrap(s));
    }
  }
}
