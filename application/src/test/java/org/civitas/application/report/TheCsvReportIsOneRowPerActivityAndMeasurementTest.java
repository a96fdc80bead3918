package org.civitas.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.application.csv.Csv;
import org.junit.jupiter.api.Test;

/** The CSV report: RFC 4180 rows, one per activity and one per measurement of each commitment. */
class TheCsvReportIsOneRowPerActivityAndMeasurementTest {

  private final CsvReport csv = new CsvReport();

  @Test
  void each_activity_and_each_measurement_has_a_row_with_its_commitment_s_figures() {
    // when
    String text = csv.render(ReportFixtures.upe());

    // then
    assertThat(text.split("\r\n", -1))
        .containsExactly(
            "period,opening,closing,lead,commitment,commitment_title,commitment_progress_opening,"
                + "commitment_progress_closing,commitment_state,item,id,title,start,end,"
                + "status_opening,progress_opening,status_closing,progress_closing,state,reports,"
                + "completed_in_period,date,value,unit",
            "2025-S2,2025-06-30,2025-12-31,msisf,upe,"
                + "Appui aux associations pour créer les unités de protection de l’enfance,35.0,85.0,"
                + "behind,activity,suivi,"
                + "Suivi de l’appui à la mise en place des unités de protection de l'enfance,"
                + "2024-01,2025-12,in-progress,30.0,in-progress,70.0,behind,1,false,,,",
            "2025-S2,2025-06-30,2025-12-31,msisf,upe,"
                + "Appui aux associations pour créer les unités de protection de l’enfance,35.0,85.0,"
                + "behind,activity,formation,Organisation des sessions de formation,"
                + "2024-01,2025-12,in-progress,40.0,completed,100.0,completed,2,true,,,",
            "2025-S2,2025-06-30,2025-12-31,msisf,upe,"
                + "Appui aux associations pour créer les unités de protection de l’enfance,35.0,85.0,"
                + "behind,measurement,rapports,Nombre de rapports publiés dans les délais impartis,"
                + ",,,,,,,,,2025-10,5,count",
            "");
  }

  @Test
  void every_row_has_as_many_fields_as_the_header() {
    // when
    List<String> rows = List.of(csv.render(ReportFixtures.upe()).split("\r\n"));

    // then no field of the fixture holds a comma or a quote, so splitting counts them
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(CsvReport.HEADER.size()));
  }

  @Test
  void a_field_with_a_comma_a_quote_or_a_line_break_is_quoted() {
    // when
    String text = csv.render(ReportFixtures.upe("Appui, suivi", "Suivi \"écoute\"\nsignalement"));

    // then
    assertThat(text)
        .contains(",upe,\"Appui, suivi\",35.0,")
        .contains(",suivi,\"Suivi \"\"écoute\"\"\nsignalement\",2024-01,");
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void a_report_without_commitments_is_its_header() {
    // when / then
    assertThat(csv.render(ReportFixtures.empty())).isEqualTo(Csv.row(CsvReport.HEADER));
  }
}
