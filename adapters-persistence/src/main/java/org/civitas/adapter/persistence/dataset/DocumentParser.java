package org.civitas.adapter.persistence.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.domain.validation.Rule;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses a dataset file into a tree of {@link DocumentNode}s that remembers where each value was
 * written, within the {@link DatasetLimits}. What cannot be parsed is reported as a {@code
 * format.syntax} finding; a duplicate key too (the first value is kept).
 */
final class DocumentParser {

  /** The parsed document; empty when the file could not be parsed. */
  record Parsed(DatasetFormat format, Optional<DocumentNode> root) {}

  private static final int SNIFF_LIMIT = 1 << 16;

  private final DatasetLimits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  DocumentParser(DatasetLimits limits) {
    this.limits = limits;
    // Jackson's own limits are a backstop set just above ours, which come with clearer messages.
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, 2L * limits.maxTextLength()))
            .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    loader.setNestingDepthLimit(limits.maxDepth() + 1);
    loader.setMaxAliasesForCollections(50);
    loader.setAllowRecursiveKeys(false);
    // Duplicate keys are found while the tree is built, as findings that let reading go on;
    // refused here they would stop the parser at the first one.
    loader.setAllowDuplicateKeys(true);
    this.yaml =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            // YAML 1.2 reads yes/no/on/off as text; only true and false are booleans.
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
  }

  /**
   * Parses {@code source}, reporting into {@code report}.
   *
   * @throws UncheckedIOException when the source cannot be opened or read
   */
  Parsed parse(DatasetSource source, Report report) {
    if (source.size().isPresent() && source.size().getAsLong() > limits.maxBytes()) {
      DocumentRefused refused = GuardedInput.tooLarge(limits.maxBytes(), source.size().getAsLong());
      report.add(Rule.FORMAT_SYNTAX, Place.DOCUMENT, refused.getMessage());
      return new Parsed(source.format().orElse(DatasetFormat.YAML), Optional.empty());
    }
    try (InputStream in = source.content().open()) {
      CharsetDecoder utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      GuardedInput.Text text =
          new GuardedInput.Text(
              new InputStreamReader(new GuardedInput.Limited(in, limits.maxBytes()), utf8));
      BufferedReader reader = new BufferedReader(text, SNIFF_LIMIT);
      DatasetFormat format = source.format().orElse(DatasetFormat.YAML);
      try {
        if (source.format().isEmpty()) {
          format = sniff(reader);
        }
        if (format == DatasetFormat.YAML) {
          text.limitLines(limits.maxYamlLineLength());
        }
        return new Parsed(format, read(reader, format, report));
      } catch (DocumentRefused refused) {
        report.add(Rule.FORMAT_SYNTAX, new Place("", refused.line()), refused.getMessage());
      } catch (JsonProcessingException | YAMLException e) {
        Optional<DocumentRefused> refused = cause(e, DocumentRefused.class);
        if (refused.isPresent()) {
          report.add(
              Rule.FORMAT_SYNTAX, new Place("", refused.get().line()), refused.get().getMessage());
        } else {
          reportSyntax(e, format, report);
        }
      }
      return new Parsed(format, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  /** JSON when the first character that is not a space opens a JSON object or array. */
  private static DatasetFormat sniff(BufferedReader reader) throws IOException {
    reader.mark(SNIFF_LIMIT);
    try {
      for (int i = 0; i < SNIFF_LIMIT; i++) {
        int c = reader.read();
        if (c < 0 || !Character.isWhitespace(c)) {
          return c == '{' || c == '[' ? DatasetFormat.JSON : DatasetFormat.YAML;
        }
      }
      return DatasetFormat.YAML;
    } finally {
      reader.reset();
    }
  }

  private Optional<DocumentNode> read(Reader reader, DatasetFormat format, Report report)
      throws IOException {
    try (JsonParser parser =
        format == DatasetFormat.JSON ? json.createParser(reader) : yaml.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        report.add(
            Rule.FORMAT_VERSION,
            Place.DOCUMENT,
            "the file is empty: a dataset starts with 'civitas: 1' and 'language: …'");
        return Optional.empty();
      }
      DocumentNode root = new TreeBuilder(parser, format, report).read(first, "", 0);
      checkSingleDocument(parser, report);
      return Optional.of(root);
    }
  }

  /**
   * A file holds one document: a second one (YAML {@code ---}, JSON values in a row) is refused.
   */
  private static void checkSingleDocument(JsonParser parser, Report report) {
    try {
      if (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        report.add(
            Rule.FORMAT_SYNTAX,
            new Place("", line),
            "a second document starts on line "
                + line
                + ": a dataset file holds one document;"
                + " put the other in a file of its own");
      }
    } catch (IOException | YAMLException e) {
      int line = parser.currentLocation().getLineNr();
      report.add(
          Rule.FORMAT_SYNTAX,
          new Place("", line),
          "unexpected content after the end of the document (line " + line + "): remove it");
    }
  }

  /** Builds the tree, checking the limits as it goes. */
  private final class TreeBuilder {
    private final JsonParser parser;
    private final boolean yamlSource;
    private final Report report;
    private int values;

    TreeBuilder(JsonParser parser, DatasetFormat format, Report report) {
      this.parser = parser;
      this.yamlSource = format == DatasetFormat.YAML;
      this.report = report;
    }

    DocumentNode read(JsonToken token, String pointer, int depth) throws IOException {
      JsonLocation at = parser.currentTokenLocation();
      int line = at.getLineNr();
      int column = at.getColumnNr();
      if (++values > limits.maxValues()) {
        throw new DocumentRefused(
            "the file holds more than "
                + limits.maxValues()
                + " values (line "
                + line
                + "):"
                + " split it into several files",
            line);
      }
      switch (token) {
        case START_OBJECT:
          checkDepth(depth, line);
          return mapping(pointer, depth, line, column);
        case START_ARRAY:
          checkDepth(depth, line);
          return sequence(pointer, depth, line, column);
        case VALUE_STRING:
          if (yamlSource && ((YAMLParser) parser).isCurrentAlias()) {
            throw new DocumentRefused(
                "line "
                    + line
                    + " uses the YAML alias *"
                    + parser.getText()
                    + ": aliases are"
                    + " not accepted in a dataset; write the value out in full",
                line);
          }
          return scalar(DocumentNode.Kind.STRING, null, line, column);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return scalar(DocumentNode.Kind.NUMBER, decimal(), line, column);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return scalar(DocumentNode.Kind.BOOLEAN, null, line, column);
        case VALUE_NULL:
          return scalar(DocumentNode.Kind.NULL, null, line, column);
        default:
          return scalar(DocumentNode.Kind.OTHER, null, line, column);
      }
    }

    private DocumentNode mapping(String pointer, int depth, int line, int column)
        throws IOException {
      Map<String, DocumentNode.Member> members = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = parser.currentTokenLocation().getLineNr();
        checkLength(key, keyLine);
        String child = Pointer.child(pointer, key);
        DocumentNode value = read(parser.nextToken(), child, depth + 1);
        DocumentNode.Member first = members.get(key);
        if (first == null) {
          members.put(key, new DocumentNode.Member(key, keyLine, value));
        } else {
          report.add(
              Rule.FORMAT_SYNTAX,
              new Place(child, keyLine),
              "duplicate key '"
                  + key
                  + "' (first on line "
                  + first.line()
                  + "): keep only one;"
                  + " the first is read");
        }
      }
      return new DocumentNode.Mapping(members, line, column);
    }

    private DocumentNode sequence(String pointer, int depth, int line, int column)
        throws IOException {
      List<DocumentNode> items = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        items.add(read(token, Pointer.child(pointer, items.size()), depth + 1));
      }
      return new DocumentNode.Sequence(items, line, column);
    }

    private DocumentNode scalar(
        DocumentNode.Kind kind, @Nullable BigDecimal number, int line, int column)
        throws IOException {
      String text = kind == DocumentNode.Kind.NULL ? "null" : String.valueOf(parser.getText());
      checkLength(text, line);
      boolean implicit = yamlSource && kind != DocumentNode.Kind.STRING;
      return new DocumentNode.Scalar(kind, text, number, implicit, line, column);
    }

    private @Nullable BigDecimal decimal() throws IOException {
      try {
        return parser.getDecimalValue();
      } catch (JsonParseException | NumberFormatException e) {
        // .inf and .nan: YAML numbers with no decimal value, refused where a number is read.
        return null;
      }
    }

    private void checkDepth(int depth, int line) throws DocumentRefused {
      if (depth >= limits.maxDepth()) {
        throw new DocumentRefused(
            "mappings and lists nest more than "
                + limits.maxDepth()
                + " levels deep (line "
                + line
                + "): a dataset never needs so many",
            line);
      }
    }

    private void checkLength(String text, int line) throws DocumentRefused {
      if (text.length() > limits.maxTextLength()) {
        throw new DocumentRefused(
            "a text on line "
                + line
                + " is longer than "
                + limits.maxTextLength()
                + " characters: shorten it",
            line);
      }
    }
  }

  /** The exception of type {@code type} that caused {@code e}, if one did. */
  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  /**
   * Reports a parser's refusal in one line that says what is wrong and where, without the parser's
   * multi-line snippets.
   */
  private static void reportSyntax(Exception e, DatasetFormat format, Report report) {
    String what = String.valueOf(e.getMessage());
    int line = 0;
    int column = 0;
    Optional<MarkedYAMLException> marked = cause(e, MarkedYAMLException.class);
    if (marked.isPresent() && marked.get().getProblemMark() != null) {
      Mark mark = marked.get().getProblemMark();
      String context = marked.get().getContext();
      what = (context == null ? "" : context + ": ") + marked.get().getProblem();
      line = mark.getLine() + 1;
      column = mark.getColumn() + 1;
    } else if (e instanceof JsonProcessingException processing
        && processing.getLocation() != null) {
      what = processing.getOriginalMessage();
      line = processing.getLocation().getLineNr();
      column = processing.getLocation().getColumnNr();
    }
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    report.add(
        Rule.FORMAT_SYNTAX,
        new Place("", Math.max(1, line)),
        "the file is not valid " + format + ": " + what.replaceAll("\\s+", " ").strip() + where);
  }
}
