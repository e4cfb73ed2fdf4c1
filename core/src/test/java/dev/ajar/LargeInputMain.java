package dev.ajar;

import java.util.Locale;

/**
 * Classifies large inputs with the default classifier and checks every finding; exits 0 when all
 * pass. {@link MemoryTest} runs it in a JVM with a small heap; run it by hand the same way:
 *
 * <pre>
 * java -Xmx256m -Dajar.testdata=src-test-data -cp "$(cat cp.txt)" dev.ajar.LargeInputMain \
 *     LICENSES:10000000 ONE_RESTRICTION:10000000
 * </pre>
 *
 * <p>Each argument is {@code KIND:CHARS}, a {@link LargeText} and its length.
 */
public final class LargeInputMain {

  private LargeInputMain() {}

  public static void main(String[] args) {
    for (String arg : args) {
      String[] kindAndSize = arg.split(":");
      LargeText kind = LargeText.valueOf(kindAndSize[0]);
      int chars = Integer.parseInt(kindAndSize[1]);
      String text = kind.make(chars);
      long start = System.nanoTime();
      Classification c = LicenseClassifier.classify(text);
      long millis = (System.nanoTime() - start) / 1_000_000;
      Invariants.check(text, c);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%s %d chars: %s, %d findings, %d ms, heap %d of %d MB%n",
          kind,
          chars,
          c.licenseClass(),
          c.findings().size(),
          millis,
          (rt.totalMemory() - rt.freeMemory()) >> 20,
          rt.maxMemory() >> 20);
    }
  }
}
