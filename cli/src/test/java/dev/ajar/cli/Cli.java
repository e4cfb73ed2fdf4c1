package dev.ajar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs {@link Main#run} in-process and captures what it wrote; test fixtures. */
final class Cli {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A permissive grant in our own words: use, copy, modify, distribute, keep the notice. */
  static final String PERMISSIVE =
      """
      Copyright 2024 Test Authors.

      Permission is granted to anyone to use, copy, modify, merge, publish and distribute this \
      software, with or without fee, provided that this notice is kept in all copies.

      This software is provided as is, without warranty of any kind.
      """;

  /** The permissive grant plus one military-use restriction. */
  static final String MILITARY =
      PERMISSIVE + "\nThe Software shall not be used for military purposes.\n";

  /** A source file that declares MIT and states no terms. */
  static final String SPDX_ONLY = "// SPDX-License-Identifier: MIT\nint main() {}\n";

  /** No grant at all: all rights reserved. */
  static final String PROPRIETARY =
      """
      Copyright 2024 Example Corp. All rights reserved.
      You may not copy, modify or redistribute this software.
      """;

  /** What one run wrote, and its exit code. */
  record Result(int exit, String out, String err) {
    /** Standard output parsed as JSON Lines. */
    List<JsonNode> json() {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          lines.add(parse(line));
        }
      }
      return lines;
    }

    /** Standard output parsed as JSON Lines, by each line's {@code path}, in path order. */
    Map<String, JsonNode> byPath() {
      Map<String, JsonNode> map = new TreeMap<>();
      json().forEach(l -> map.put(l.get("path").asText(), l));
      return map;
    }

    /** Standard output parsed as one JSON document. */
    JsonNode document() {
      return parse(out);
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  /** Runs {@code ajar args...} with empty standard input. */
  static Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  /** Runs {@code ajar args...} with {@code stdin} as standard input. */
  static Result runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, new ByteArrayInputStream(stdin), o, e);
    }
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code text} as UTF-8 to {@code dir/relative}, creating folders. */
  static Path write(Path dir, String relative, String text) {
    return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String relative, byte[] bytes) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
