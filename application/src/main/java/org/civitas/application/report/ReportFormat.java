package org.civitas.application.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a periodic report is written in. */
public enum ReportFormat {
  /** Markdown, to read as it is or paste into a document. */
  MD,
  /** A standalone HTML page that prints on A4, one commitment a page. */
  HTML,
  /** RFC 4180 CSV, one row per activity and per measurement, for spreadsheets. */
  CSV;

  /** The name used on the command line and as the file's extension, e.g. {@code md}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }

  public ReportRenderer renderer() {
    return switch (this) {
      case MD -> new MarkdownReport();
      case HTML -> new HtmlReport();
      case CSV -> new CsvReport();
    };
  }
}
