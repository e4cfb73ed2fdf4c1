package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads on one classifier give exactly the single-threaded results: every field of every
 * {@link Classification} (records compare all their components, findings and scores included).
 */
class ConcurrencyTest {

  /** Threads classifying at once; more than the build machine has cores, so they interleave. */
  static final int THREADS = 8;

  /** Every fixture and bad input, plus reformatted, mutated and large variants of them. */
  private static Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Fixtures.Labelled> fixtures = Fixtures.all();
    long seed = 0;
    for (Fixtures.Labelled f : fixtures) {
      texts.put(f.id(), f.text());
      ClassificationProperties.Reformat reformat =
          ClassificationProperties.Reformat.values()[
              (int) (seed % ClassificationProperties.Reformat.values().length)];
      texts.put(f.id() + " " + reformat, reformat.apply(f.text()));
      FuzzProperties.Mutation.Op op =
          FuzzProperties.Mutation.Op.values()[
              (int) (seed % FuzzProperties.Mutation.Op.values().length)];
      texts.put(f.id() + " " + op, new FuzzProperties.Mutation(op, seed).apply(f.text()));
      seed++;
    }
    for (LargeText kind : LargeText.values()) {
      texts.put(kind.name(), kind.make(20_000));
    }
    return texts;
  }

  @Test
  void threadsAgreeWithOneThread() throws Exception {
    Map<String, String> texts = texts();
    List<String> ids = List.copyOf(texts.keySet());
    LicenseClassifier classifier = LicenseClassifier.builder().build();
    Map<String, Classification> expected = new LinkedHashMap<>();
    texts.forEach((id, text) -> expected.put(id, classifier.classifyText(text)));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<String, Classification>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * ids.size() / THREADS; // each thread starts elsewhere in the list
        boolean shared = t % 2 == 0;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  Map<String, Classification> got = new LinkedHashMap<>();
                  for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get((offset + i) % ids.size());
                    // Half the threads use the shared default instance, half this one.
                    Classification c =
                        shared
                            ? LicenseClassifier.classify(texts.get(id))
                            : classifier.classifyText(texts.get(id));
                    got.put(id, c);
                  }
                  return got;
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        Map<String, Classification> got = futures.get(t).get();
        for (String id : ids) {
          int thread = t;
          assertEquals(expected.get(id), got.get(id), () -> "thread " + thread + ", text " + id);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
