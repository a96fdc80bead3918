package org.civitas.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report's format is named by its code, which is also its file's extension. */
class ReportFormatTest {

  @Test
  void each_code_names_its_format_and_renderer() {
    // when / then
    assertThat(ReportFormat.fromCode("md")).contains(ReportFormat.MD);
    assertThat(ReportFormat.fromCode("html")).contains(ReportFormat.HTML);
    assertThat(ReportFormat.fromCode("csv")).contains(ReportFormat.CSV);
    assertThat(ReportFormat.fromCode("pdf")).isEmpty();
    assertThat(ReportFormat.MD.renderer()).isInstanceOf(MarkdownReport.class);
    assertThat(ReportFormat.HTML.renderer()).isInstanceOf(HtmlReport.class);
    assertThat(ReportFormat.CSV.renderer()).isInstanceOf(CsvReport.class);
    assertThat(ReportFormat.HTML.code()).isEqualTo("html");
  }
}
