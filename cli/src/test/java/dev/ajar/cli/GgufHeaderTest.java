package dev.ajar.cli;

import static dev.ajar.cli.ModelFixtures.concat;
import static dev.ajar.cli.ModelFixtures.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.cli.ModelFixtures.Gguf;
import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code general.license} from GGUF headers, and refusing broken ones. */
class GgufHeaderTest {
  @TempDir Path dir;

  private static Gguf typical() {
    return Gguf.littleEndian()
        .string("general.architecture", "llama")
        .uint32("general.quantization_version", 2)
        .strings("tokenizer.ggml.tokens", "<s>", "</s>", "hello")
        .nestedFloats("test.nested")
        .string("general.license", "llama3")
        .string("general.license.name", "Llama 3 Community License")
        .string("general.license.link", "https://llama.meta.com/llama3/license")
        .uint32("llama.block_count", 32);
  }

  private static String error(byte[] bytes) {
    return assertThrows(
            HeaderException.class, () -> GgufHeader.read(new ByteArrayInputStream(bytes)))
        .getMessage();
  }

  @Test
  void readsTheLicenseKeysPastArraysOfEveryShape() throws Exception {
    Path file = Files.write(dir.resolve("m.gguf"), typical().bytes(64));
    GgufHeader h = GgufHeader.read(file);

    assertEquals(3, h.version());
    assertEquals(8, h.kvCount());
    assertEquals(Optional.of("llama3"), h.license());
    assertEquals(Optional.of("Llama 3 Community License"), h.licenseName());
    assertEquals(Optional.of("https://llama.meta.com/llama3/license"), h.licenseLink());
  }

  @Test
  void readsBigEndianFilesAndVersionTwo() throws Exception {
    byte[] big =
        new Gguf(ByteOrder.BIG_ENDIAN).version(2).string("general.license", "mit").bytes(8);
    GgufHeader h = GgufHeader.read(new ByteArrayInputStream(big));
    assertEquals(2, h.version());
    assertEquals(Optional.of("mit"), h.license());
  }

  @Test
  void withoutALicenseKeyEveryPairIsReadAndNothingDeclared() throws Exception {
    Gguf g = Gguf.littleEndian().string("general.name", "tiny").strings("t", "a", "b");
    byte[] bytes = g.bytes(1000);
    GgufHeader h = GgufHeader.read(guarded(bytes, g.headerLength()));
    assertEquals(Optional.empty(), h.license());
  }

  @Test
  void neverReadsTheWeights() throws Exception {
    Gguf g = typical();
    GgufHeader h = GgufHeader.read(guarded(g.bytes(1 << 20), g.headerLength()));
    assertEquals(Optional.of("llama3"), h.license());
  }

  /** The reader stops at the first key after the license keys; what follows is never read. */
  @Test
  void stopsAfterTheLicenseKeys() throws Exception {
    Gguf g = Gguf.littleEndian().string("general.license", "apache-2.0");
    byte[] broken = concat(g.str("llama.context_length"), g.u32(99)); // 99: no such type
    g.raw(broken).string("never.read", "x");
    assertEquals(Optional.of("apache-2.0"), GgufHeader.read(new ByteArrayInputStream(g.bytes(0))).license());
  }

  @Test
  void wrongMagicOrVersionIsNotGguf() {
    byte[] valid = typical().bytes(0);
    byte[] safetensors = valid.clone();
    safetensors[0] = 'X';
    assertTrue(error(safetensors).startsWith("not a GGUF file"), error(safetensors));
    assertTrue(
        error(Gguf.littleEndian().version(1).bytes(0)).contains("unsupported GGUF version 1"));
    assertTrue(error("GG".getBytes()).startsWith("truncated GGUF header"));
  }

  @Test
  void everyTruncationIsAClearErrorNamingTheOffset() {
    byte[] valid = typical().bytes(0);
    for (int n = 0; n < valid.length - 20; n++) {
      byte[] cut = Arrays.copyOf(valid, n);
      String message = error(cut);
      assertTrue(
          message.startsWith("truncated GGUF header: the file ends at byte " + n + ", in "),
          n + ": " + message);
    }
  }

  @Test
  void hugeLengthsAndCountsAreRefusedBeforeAnythingIsRead() {
    Gguf g = Gguf.littleEndian();
    byte[] hugeKey = g.raw(concat(g.u64(1L << 40))).bytes(0);
    assertTrue(error(hugeKey).contains("over the limit of 65535"), error(hugeKey));

    Gguf s = Gguf.littleEndian();
    byte[] hugeLicense = s.raw(concat(s.str("general.license"), s.u32(8), s.u64(1 << 20))).bytes(0);
    assertTrue(error(hugeLicense).contains("over the limit of 65536"), error(hugeLicense));

    Gguf t = Gguf.littleEndian();
    byte[] hugeSkipped = t.raw(concat(t.str("x"), t.u32(8), t.u64(64L << 20))).bytes(0);
    assertTrue(error(hugeSkipped).contains("read limit of 16777216 bytes"), error(hugeSkipped));

    Gguf a = Gguf.littleEndian();
    byte[] hugeArray = a.raw(concat(a.str("x"), a.u32(9), a.u32(4), a.u64(1L << 40))).bytes(0);
    assertTrue(error(hugeArray).contains("more than the bytes left"), error(hugeArray));

    byte[] hugeCount = Gguf.littleEndian().kvCount(1L << 40).bytes(0);
    assertTrue(error(hugeCount).contains("key-value pairs, over"), error(hugeCount));

    Gguf n = Gguf.littleEndian();
    byte[] negative = n.raw(concat(n.u64(-1))).bytes(0);
    assertTrue(error(negative).contains("beyond any file size"), error(negative));
  }

  @Test
  void badTypesDeepArraysAndInvalidUtf8AreCorrupt() {
    Gguf g = Gguf.littleEndian();
    byte[] type = g.raw(concat(g.str("k"), g.u32(13))).bytes(0);
    assertTrue(error(type).contains("not a GGUF value type"), error(type));

    Gguf d = Gguf.littleEndian();
    byte[][] nest = new byte[12][];
    nest[0] = concat(d.str("deep"), d.u32(9)); // the key, and its value's type: an array
    for (int i = 1; i < nest.length; i++) {
      nest[i] = concat(d.u32(9), d.u64(1)); // of one array, of one array, ...
    }
    byte[] deep = d.raw(concat(concat(nest), d.u32(4), d.u64(0))).bytes(0);
    assertTrue(error(deep).contains("nests arrays more than 8 deep"), error(deep));

    Gguf u = Gguf.littleEndian();
    byte[] utf8 = u.raw(concat(u.u64(2), new byte[] {(byte) 0xC3, 0x28})).bytes(0);
    assertTrue(error(utf8).contains("not valid UTF-8"), error(utf8));
  }
}
