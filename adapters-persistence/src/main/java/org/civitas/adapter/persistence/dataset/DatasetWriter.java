package org.civitas.adapter.persistence.dataset;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;

/**
 * Writes a snapshot as a dataset document (SPEC §3), YAML or JSON, UTF-8, in the order of the
 * specification and without the fields that are absent: a file a person can read and edit, and that
 * {@link DatasetReader} reads back to an equal snapshot.
 */
public final class DatasetWriter {

  private final ObjectWriter yaml;
  private final ObjectWriter json;

  public DatasetWriter() {
    YAMLFactory yamlFactory =
        new DatasetYamlFactory(
            YAMLFactory.builder()
                .stringQuotingChecker(new BlockQuotingChecker())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET));
    this.yaml = new YAMLMapper(yamlFactory).writer();
    ObjectMapper jsonMapper =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pretty.indentArraysWith(indenter);
    pretty.indentObjectsWith(indenter);
    this.json = jsonMapper.writer(pretty);
  }

  /** Writes {@code snapshot} with plain strings in its most common language. */
  public void write(Snapshot snapshot, DatasetFormat format, OutputStream out) throws IOException {
    write(snapshot, format, mainLanguage(snapshot), out);
  }

  /** Writes {@code snapshot}; texts only in {@code language} are written as plain strings. */
  public void write(Snapshot snapshot, DatasetFormat format, String language, OutputStream out)
      throws IOException {
    // Through a writer of our own, so that bytes and characters are written by the same code;
    // not closed, since the stream is the caller's.
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(snapshot, format, language, text);
    out.flush();
  }

  /**
   * Writes {@code snapshot} as characters, with plain strings in its most common language: for a
   * destination that takes text (a console) rather than bytes.
   */
  public void write(Snapshot snapshot, DatasetFormat format, Writer out) throws IOException {
    write(snapshot, format, mainLanguage(snapshot), out);
  }

  private void write(Snapshot snapshot, DatasetFormat format, String language, Writer out)
      throws IOException {
    DatasetDocument document =
        DocumentMapper.INSTANCE.document(snapshot, new DocumentMapper.Language(language));
    if (format == DatasetFormat.YAML) {
      yaml.writeValue(out, document);
    } else {
      json.writeValue(out, document);
      out.write('\n');
    }
    out.flush();
  }

  /** The document as text. */
  public String write(Snapshot snapshot, DatasetFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(snapshot, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The language most names and titles are written in, so that most texts are written as plain
   * strings; {@code und} (undetermined) for a snapshot without any.
   */
  static String mainLanguage(Snapshot snapshot) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Stream.of(
            snapshot.units().stream().map(u -> u.name()),
            snapshot.strategies().stream().map(s -> s.title()),
            snapshot.commitments().stream().map(c -> c.title()))
        .flatMap(s -> s)
        .map(LocalizedText::language)
        .forEach(language -> counts.merge(language, 1, Integer::sum));
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey)
        .orElse(DocumentMapping.UNDETERMINED);
  }
}
