package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads on one classifier give exactly the single-threaded results. */
class ConcurrencyTest {

  @Test
  void threadsAgreeWithOneThread() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String folder : List.of("fixtures/osd", "fixtures/restricted", "fixtures/proprietary", "fixtures/tiered")) {
      Fixtures.folder(folder).forEach(l -> texts.add(l.text()));
    }
    LicenseClassifier classifier = LicenseClassifier.builder().build();
    List<Classification> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(classifier.classifyText(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Classification>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> classifier.classifyText(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
