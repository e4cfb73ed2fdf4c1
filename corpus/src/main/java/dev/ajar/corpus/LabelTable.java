package dev.ajar.corpus;

import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClass;
import dev.ajar.RiskTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A tab-separated label table with a fixed header, parsed into rows that remember their line.
 *
 * <p>Blank lines are skipped, a leading byte-order mark is dropped, and cells are stripped of
 * surrounding white space. {@code "-"} in a cell means "none". Every error is a {@link
 * CorpusException} whose message starts with {@code source:line:}. Instances are immutable.
 */
final class LabelTable {
  /** The cell value that means "none". */
  static final String NONE = "-";

  private final List<Row> rows;

  private LabelTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Parses {@code content}, whose first non-blank line must be exactly {@code header}.
   *
   * @param source the file or resource name used in error messages
   * @throws CorpusException if the header is missing or differs, or a row has the wrong number of
   *     columns
   */
  static LabelTable parse(String source, String content, List<String> header) {
    requireNonNull(source, "source is null");
    requireNonNull(header, "header is null");
    String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] lines = body.split("\r?\n|\r", -1);
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Row row = new Row(source, i + 1, header, Arrays.stream(lines[i].split("\t", -1))
          .map(String::strip).toList());
      if (!headerSeen) {
        if (!row.cells.equals(header)) {
          throw row.error("bad header " + row.cells + ", expected " + header);
        }
        headerSeen = true;
      } else if (row.cells.size() != header.size()) {
        throw row.error("expected " + header.size() + " tab-separated columns but found "
            + row.cells.size());
      } else {
        rows.add(row);
      }
    }
    if (!headerSeen) {
      throw new CorpusException(source + ":1: missing header " + header);
    }
    return new LabelTable(rows);
  }

  /** The data rows in file order, header excluded. */
  List<Row> rows() {
    return rows;
  }

  /** One data row: its cells by header name, with parsers whose errors name the line. */
  static final class Row {
    private final String source;
    private final int line;
    private final List<String> header;
    private final List<String> cells;

    private Row(String source, int line, List<String> header, List<String> cells) {
      this.source = source;
      this.line = line;
      this.header = header;
      this.cells = cells;
    }

    /** The 1-based line number in the source. */
    int line() {
      return line;
    }

    /** The cell under {@code column}, stripped; {@code "-"} is returned as is. */
    String get(String column) {
      int index = header.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + header);
      }
      return cells.get(index);
    }

    /** The cell under {@code column}, empty if it is {@code "-"}. */
    Optional<String> optional(String column) {
      String cell = get(column);
      return cell.equals(NONE) ? Optional.empty() : Optional.of(cell);
    }

    /** The cell parsed as a constant of {@code type}, or empty if it is {@code "-"}. */
    <E extends Enum<E>> Optional<E> optionalEnum(String column, Class<E> type) {
      return optional(column).map(cell -> {
        try {
          return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
          throw error("unknown " + column + " '" + cell + "', expected one of "
              + Arrays.toString(type.getEnumConstants()) + " or " + NONE);
        }
      });
    }

    /** The cell parsed as {@code yes} (true) or {@code no} (false). */
    boolean yesNo(String column) {
      return switch (get(column)) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw error(column + " must be yes or no, not '" + get(column) + "'");
      };
    }

    /**
     * Builds a labelled text from this row's {@code class}, {@code contested} and {@code
     * alternative} columns and the given values.
     *
     * @throws CorpusException if a cell is malformed or the combination is invalid
     */
    LabelledText labelled(
        String id, String text, Optional<RiskTier> tier, String source, String notes) {
      LicenseClass gold = optionalEnum("class", LicenseClass.class)
          .orElseThrow(() -> error("class is missing"));
      boolean contested = yesNo("contested");
      Optional<LicenseClass> alternative = optionalEnum("alternative", LicenseClass.class);
      try {
        return new LabelledText(id, text, gold, tier, contested, alternative, source, notes);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    /** An exception whose message starts with this row's {@code source:line:}. */
    CorpusException error(String message) {
      return new CorpusException(source + ":" + line + ": " + message);
    }
  }
}
