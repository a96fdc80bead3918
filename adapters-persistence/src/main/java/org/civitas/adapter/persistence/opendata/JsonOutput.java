package org.civitas.adapter.persistence.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.Writer;

/**
 * How the JSON exports are written: two spaces a level, one object at a time as it is made, so that
 * a large record is never held twice, and the caller's writer left open.
 */
final class JsonOutput {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private JsonOutput() {}

  /** A generator over {@code out}; closing it leaves {@code out} open. */
  static JsonGenerator open(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pretty.indentArraysWith(indenter);
    pretty.indentObjectsWith(indenter);
    return MAPPER.createGenerator(out).setPrettyPrinter(pretty);
  }

  /** Closes {@code json}, then ends the text with a line break as a text file does. */
  static void finish(JsonGenerator json, Writer out) throws IOException {
    json.close();
    out.write('\n');
    out.flush();
  }
}
