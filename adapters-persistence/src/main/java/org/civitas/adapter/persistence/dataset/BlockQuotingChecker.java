package org.civitas.adapter.persistence.dataset;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes a YAML value only when it needs it in block style. Jackson quotes every value that holds a
 * comma or a bracket, which matter only in flow style; titles and attributions are full of commas,
 * and quoting them all makes a file harder to read. A leading indicator is still quoted, and
 * SnakeYAML's emitter quotes any value that cannot be written plain.
 */
final class BlockQuotingChecker extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean needToQuoteValue(String value) {
    if (value.length() < 2) {
      return super.needToQuoteValue(value);
    }
    // The inner flow indicators are replaced by a letter that raises no question.
    String inner = value.substring(1).replaceAll("[,\\[\\]{}]", "x");
    return super.needToQuoteValue(value.charAt(0) + inner);
  }
}
