package org.civitas.adapter.persistence.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.civitas.application.csv.Csv;

/**
 * How every CSV file Civitas writes is written: RFC 4180 fields, a comma between them, CRLF at the
 * end of each row, and numbers in plain notation. The tables of {@link CsvExport} and the open-data
 * tables share it, so that a reader that takes one takes the others.
 */
public final class CsvRows {

  /** The end of each row. */
  public static final String CRLF = "\r\n";

  private CsvRows() {}

  /** Writes one row as {@link Csv#row} writes it. */
  public static void write(List<String> fields, Writer out) throws IOException {
    out.write(Csv.row(fields));
  }

  /** {@code 30}, {@code 12.5}: plain notation, no trailing zeros. */
  public static String number(double value) {
    return number(BigDecimal.valueOf(value));
  }

  /** {@code 30}, {@code 12.5}: plain notation, no trailing zeros. */
  public static String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }
}
