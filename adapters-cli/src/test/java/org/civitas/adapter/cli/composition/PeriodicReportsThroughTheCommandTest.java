package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.jdbc.JdbcStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civitas report} over the UPE commitment of seed 004: from the example file, whose figures
 * the record holds alone, and from a database where progress was reported during the period.
 */
class PeriodicReportsThroughTheCommandTest {

  private static final CommitmentId UPE = CommitmentId.of("upe");
  private static final String SUIVI = "suivi-appui-upe";
  private static final String FORMATION = "formation-travailleurs-sociaux";

  @TempDir Path temp;

  @Test
  void without_any_report_the_semester_opens_and_closes_at_35_with_both_activities_behind() {
    // when
    Command report =
        Command.run(
            "report",
            "--period",
            "2025-S2",
            "--data",
            Command.example("maroc-upe.yaml"),
            "--format",
            "csv");

    // then on 2025-12-31, their last day, both activities expect 100 % and stand at 30 and 40
    assertThat(report.exitCode()).as(report.err()).isZero();
    List<String> rows = csv(report.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1))
        .startsWith("2025-S2,2025-06-30,2025-12-31,msisf,upe,")
        .contains(",35.0,35.0,behind,activity," + SUIVI + ",")
        .endsWith(",2024-01,2025-12,in-progress,30.0,in-progress,30.0,behind,0,false,,,");
    assertThat(rows.get(2))
        .contains(",35.0,35.0,behind,activity," + FORMATION + ",")
        .endsWith(",2024-01,2025-12,in-progress,40.0,in-progress,40.0,behind,0,false,,,");
  }

  @Test
  void the_markdown_report_is_the_default_and_rolls_up_at_the_ministry() {
    // when
    Command report =
        Command.run("report", "--period", "2025-S2", "--data", Command.example("maroc-upe.yaml"));

    // then
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.outLines())
        .containsSubsequence(
            "# Progress report 2025-S2",
            "| MSISF — Ministère de la Solidarité, de l'Insertion Sociale et de la Famille | 1 |"
                + " 35.0 | 35.0 | behind 1 |",
            "### upe — Appui aux associations pour créer les unités de protection de l’enfance",
            "- Completed in the period: none",
            "- Overdue at the close: none",
            "- Behind at the close: " + SUIVI + ", " + FORMATION,
            "Measurements dated in the period: none.");
  }

  @Test
  void progress_reported_in_the_database_moves_the_figures_of_the_period_it_was_made_in()
      throws Exception {
    // given the example imported in January 2025, then two reports during the second semester
    String url = Databases.h2(temp, "db");
    try (JdbcStore store = JdbcStore.open(url)) {
      on(store, "2025-01-06")
          .importSnapshot()
          .importSnapshot(
              ImportSnapshotCommand.of(
                  new DatasetReader().read(Command.example("maroc-upe.yaml")).snapshot(),
                  "administrateur"));
      report(on(store, "2025-09-15"), store, SUIVI, ActivityStatus.IN_PROGRESS, 50);
      report(on(store, "2025-12-20"), store, FORMATION, ActivityStatus.COMPLETED, 100);
    }

    // when
    Command semester = Command.run("report", "--period", "2025-S2", "--db", url, "--format", "csv");
    Command third = Command.run("report", "--period", "2025-Q3", "--db", url, "--format", "csv");
    Command markdown = Command.run("report", "--period", "2025-S2", "--db", url);

    // then from 35.0 to (50 + 100) / 2 = 75.0; suivi still behind its dates, formation completed
    assertThat(semester.exitCode()).as(semester.err()).isZero();
    List<String> rows = csv(semester.out());
    assertThat(rows.get(1))
        .contains(",35.0,75.0,behind,activity," + SUIVI + ",")
        .endsWith(",in-progress,30.0,in-progress,50.0,behind,1,false,,,");
    assertThat(rows.get(2))
        .contains(",35.0,75.0,behind,activity," + FORMATION + ",")
        .endsWith(",in-progress,40.0,completed,100.0,completed,1,true,,,");
    // the third quarter closes on 2025-09-30: suivi at 50, formation still at 40
    assertThat(csv(third.out()).get(1))
        .startsWith("2025-Q3,2025-06-30,2025-09-30,")
        .contains(",35.0,45.0,behind,activity," + SUIVI + ",");
    assertThat(markdown.outLines())
        .contains("- Completed in the period: " + FORMATION, "- Behind at the close: " + SUIVI);
  }

  @Test
  void the_format_follows_the_file_s_extension() throws Exception {
    // given
    Path page = temp.resolve("report-2025-S2.html");

    // when
    Command report =
        Command.run(
            "report",
            "--period",
            "2025-S2",
            "--data",
            Command.example("maroc-upe.yaml"),
            "-o",
            page);

    // then
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.outLines())
        .containsExactly("wrote the report of 2025-S2 on 1 commitment as html in " + page);
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
  }

  @Test
  void a_period_written_otherwise_is_a_usage_error_that_names_the_forms() {
    // when
    Command report =
        Command.run("report", "--period", "2025-S3", "--data", Command.example("maroc-upe.yaml"));

    // then
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.errLines())
        .containsExactly(
            "civitas: invalid value for option '--period': '2025-S3' is not a reporting period:"
                + " write YYYY, YYYY-Sn (semester, n 1–2), YYYY-Qn (quarter, n 1–4) or YYYY-Mmm"
                + " (month, mm 01–12), e.g. 2025-S2; see 'civitas report --help'");
    assertThat(report.out()).isEmpty();
  }

  @Test
  void an_unknown_unit_is_refused() {
    // when
    Command report =
        Command.run(
            "report",
            "--period",
            "2025",
            "--unit",
            "dgx",
            "--data",
            Command.example("maroc-upe.yaml"));

    // then
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.errLines()).containsExactly("civitas: there is no unit 'dgx': check the id");
  }

  @Test
  void a_period_that_has_not_begun_is_a_usage_error() {
    // when
    Command report =
        Command.run(
            Map.of(), "report", "--period", "9999", "--data", Command.example("maroc-upe.yaml"));

    // then
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.errLines())
        .singleElement()
        .asString()
        .startsWith("civitas: the period 9999 has not begun (today is ");
  }

  private static Civitas on(JdbcStore store, String day) {
    Instant morning = Instant.parse(day + "T09:00:00Z");
    return Civitas.builder().store(store).clock(Clock.fixed(morning, ZoneOffset.UTC)).build();
  }

  private static void report(
      Civitas civitas, JdbcStore store, String activity, ActivityStatus status, double progress) {
    civitas
        .reportActivityProgress()
        .report(
            new ReportActivityProgressCommand(
                UPE,
                ActivityId.of(activity),
                status,
                progress,
                Optional.of("rapport semestriel"),
                store.loadCommitment(UPE).orElseThrow().version(),
                "point-focal-msisf"));
  }

  /** The rows, none of which holds a line break in a quoted field for these examples. */
  private static List<String> csv(String text) {
    return List.of(text.split("\r\n"));
  }
}
