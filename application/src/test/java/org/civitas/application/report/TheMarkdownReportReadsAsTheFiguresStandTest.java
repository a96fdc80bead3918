package org.civitas.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown report: a table of units, then each commitment with what its period saw. */
class TheMarkdownReportReadsAsTheFiguresStandTest {

  private final MarkdownReport markdown = new MarkdownReport();

  @Test
  void each_commitment_gives_its_two_moments_its_activities_and_its_measurements() {
    // when
    String text = markdown.render(ReportFixtures.upe());

    // then
    assertThat(text.lines())
        .containsSubsequence(
            "# Progress report 2025-S2",
            "Period 2025-07-01 to 2025-12-31. Figures at the opening are the record at the end of"
                + " 2025-06-30; at the close, at the end of 2025-12-31. Past figures are replayed"
                + " from the progress reports in the audit log.",
            "## Units",
            "| MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille | 1 |"
                + " 35.0 | 85.0 | behind 1 |",
            "## Commitments",
            "### upe — Appui aux associations pour créer les unités de protection de l’enfance",
            "Led by MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille."
                + " Progress 35.0 at the opening, 85.0 at the close; behind at the close.",
            "| suivi — Suivi de l’appui à la mise en place des unités de protection de l'enfance |"
                + " 2024-01 – 2025-12 | in-progress, 30.0 | in-progress, 70.0 | 1 | behind |",
            "| formation — Organisation des sessions de formation | 2024-01 – 2025-12 |"
                + " in-progress, 40.0 | completed, 100.0 | 2 | completed |",
            "- Completed in the period: formation",
            "- Overdue at the close: none",
            "- Behind at the close: suivi",
            "| rapports — Nombre de rapports publiés dans les délais impartis | 2025-10 | 5 count |");
  }

  @Test
  void text_from_the_record_cannot_break_a_table_or_make_markup() {
    // when
    String text =
        markdown.render(ReportFixtures.upe("Appui *UPE* [lien](x)", "Suivi | écoute\nsignalement"));

    // then
    assertThat(text.lines())
        .contains(
            "### upe — Appui \\*UPE\\* \\[lien\\](x)",
            "| suivi — Suivi \\| écoute signalement | 2024-01 – 2025-12 | in-progress, 30.0 |"
                + " in-progress, 70.0 | 1 | behind |");
  }

  @Test
  void a_running_period_says_its_close_is_today() {
    // when
    String text = markdown.render(ReportFixtures.running());

    // then
    assertThat(text)
        .contains(
            "at the close, the record of today, 2025-09-30: the period runs until 2025-12-31.");
  }

  @Test
  void a_report_without_commitments_says_so() {
    // when
    String text = markdown.render(ReportFixtures.empty());

    // then
    assertThat(text.lines()).endsWith("No commitment is led here.");
  }
}
