package dev.ajar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds tiny GGUF and safetensors files, header and a few weight bytes; test fixtures. */
final class ModelFixtures {
  static final int UINT32 = 4;
  static final int FLOAT32 = 6;
  static final int STRING = 8;
  static final int ARRAY = 9;

  private ModelFixtures() {}

  /** A GGUF file being built: pairs are appended, then {@link #bytes} lays out the file. */
  static final class Gguf {
    private final ByteOrder order;
    private long version = 3;
    private long kvCount = -1;
    private final List<byte[]> pairs = new ArrayList<>();

    Gguf(ByteOrder order) {
      this.order = order;
    }

    static Gguf littleEndian() {
      return new Gguf(ByteOrder.LITTLE_ENDIAN);
    }

    Gguf version(long v) {
      version = v;
      return this;
    }

    /** Announces {@code n} pairs whatever was added. */
    Gguf kvCount(long n) {
      kvCount = n;
      return this;
    }

    Gguf string(String key, String value) {
      return raw(concat(str(key), u32(STRING), str(value)));
    }

    Gguf uint32(String key, int value) {
      return raw(concat(str(key), u32(UINT32), u32(value)));
    }

    /** An array of strings. */
    Gguf strings(String key, String... values) {
      List<byte[]> parts = new ArrayList<>(List.of(str(key), u32(ARRAY), u32(STRING), u64(values.length)));
      for (String v : values) {
        parts.add(str(v));
      }
      return raw(concat(parts.toArray(byte[][]::new)));
    }

    /** An array of two arrays of three float32 each. */
    Gguf nestedFloats(String key) {
      byte[] inner = concat(u32(FLOAT32), u64(3), new byte[12]);
      return raw(concat(str(key), u32(ARRAY), u32(ARRAY), u64(2), inner, inner));
    }

    /** Appends bytes as they are, for broken pairs. */
    Gguf raw(byte[] pair) {
      pairs.add(pair);
      return this;
    }

    /** The header, then {@code weights} bytes of tensor data. */
    byte[] bytes(int weights) {
      byte[] head =
          concat(
              "GGUF".getBytes(StandardCharsets.US_ASCII),
              u32(version),
              u64(1),
              u64(kvCount >= 0 ? kvCount : pairs.size()));
      return concat(head, concat(pairs.toArray(byte[][]::new)), new byte[weights]);
    }

    /** The length of the header alone. */
    int headerLength() {
      return bytes(0).length;
    }

    byte[] str(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return concat(u64(b.length), b);
    }

    byte[] u32(long v) {
      return ByteBuffer.allocate(4).order(order).putInt((int) v).array();
    }

    byte[] u64(long v) {
      return ByteBuffer.allocate(8).order(order).putLong(v).array();
    }
  }

  /** A safetensors file: the length of {@code json}, {@code json}, then {@code weights} bytes. */
  static byte[] safetensors(String json, int weights) {
    byte[] header = json.getBytes(StandardCharsets.UTF_8);
    return concat(le64(header.length), header, new byte[weights]);
  }

  /** {@code v} as 8 little-endian bytes. */
  static byte[] le64(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * A stream of {@code bytes} that fails the test if anything reads past its first {@code allowed}
   * bytes: the header may be read, the weights never.
   */
  static InputStream guarded(byte[] bytes, int allowed) {
    return new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        check(1);
        return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (pos >= bytes.length) {
          return -1;
        }
        int n = Math.min(len, bytes.length - pos);
        check(n);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long k = Math.min(n, bytes.length - pos);
        check(k);
        pos += (int) k;
        return k;
      }

      private void check(long n) {
        if (pos + n > allowed) {
          throw new AssertionError("read past byte " + allowed + ": up to " + (pos + n));
        }
      }
    };
  }
}
