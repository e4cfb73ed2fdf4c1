package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicensecheckPeerTest {

  @Test
  void splitsCompoundAnswersAndReadsGnuShortNames() {
    assertEquals(List.of("MIT"), LicensecheckPeer.ids("MIT"));
    assertEquals(List.of(), LicensecheckPeer.ids("UNKNOWN"));
    assertEquals(List.of("GPL-2.0-or-later", "LGPL-2.1-only"), LicensecheckPeer.ids("GPL-2+ and/or LGPL-2.1"));
    assertEquals(List.of("AGPL-3.0-only", "Apache-2.0"), LicensecheckPeer.ids("AGPL-3 or Apache-2.0"));
    assertEquals(List.of("GFDL-1.3-or-later"), LicensecheckPeer.ids("GFDL-1.3-or-later"));
  }
}
