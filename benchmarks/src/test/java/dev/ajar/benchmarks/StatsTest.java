package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void nearestRankPercentiles() {
    Stats s = Stats.of(5, 1, 4, 2, 3, 10, 9, 8, 7, 6);
    assertEquals(5, s.median());
    assertEquals(9, s.percentile(90));
    assertEquals(10, s.percentile(99));
    assertEquals(10, s.percentile(100));
    assertEquals(1, s.min());
    assertEquals(5.5, s.mean(), 1e-12);
    assertEquals(55, s.sum(), 1e-12);
    assertEquals(7, Stats.of(7).percentile(1));
  }

  @Test
  void rejectsEmptyAndBadPercentiles() {
    assertThrows(IllegalArgumentException.class, () -> Stats.of(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Stats.of(1).percentile(0));
  }
}
