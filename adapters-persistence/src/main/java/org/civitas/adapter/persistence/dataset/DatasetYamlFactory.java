package org.civitas.adapter.persistence.dataset;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes YAML whose texts read back exactly. Multi-line texts are written as literal blocks, which
 * read well; but YAML 1.1 reads a NEL character (U+0085) inside a block as a line break, so a
 * multi-line text holding one is written double-quoted, where it is escaped.
 */
final class DatasetYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  DatasetYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    return new YAMLGenerator(
        context,
        _generatorFeatures,
        _yamlGeneratorFeatures,
        _quotingChecker,
        _objectCodec,
        out,
        _version) {
      @Override
      public void writeString(String text) throws IOException {
        if (text != null && text.indexOf('\n') >= 0 && text.indexOf('\u0085') >= 0) {
          _verifyValueWrite("write String value");
          _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        } else {
          super.writeString(text);
        }
      }
    };
  }
}
