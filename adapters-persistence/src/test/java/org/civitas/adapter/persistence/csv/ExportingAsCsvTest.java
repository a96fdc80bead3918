package org.civitas.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.application.csv.Csv;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportingAsCsvTest {

  private final CsvExport export = new CsvExport();

  @TempDir Path temp;

  @Test
  void every_table_comes_after_its_name_with_its_header() throws IOException {
    // when
    List<String> lines = lines(Fixtures.record());

    // then
    assertThat(lines)
        .containsSubsequence(
            "# units",
            "id,kind,parent,name,acronym,territory_level,territory_name,established,dissolved,staff,"
                + "mandate_basis,mandate_exhaustive",
            "# attributions",
            "unit,number,text,themes",
            "# posts",
            "unit,number,title,holder,role",
            "# links",
            "unit,type,target",
            "# strategies",
            "id,title,owner,start,end,summary",
            "# strategy_elements",
            "strategy,level,id,parent,kind,number,text,owners",
            "# commitments",
            "id,title,lead,contributors,start,end,problem,solution,expected_result,contributes_to",
            "# partners",
            "commitment,number,name,type",
            "# activities",
            "commitment,id,title,start,end,status,progress,weight",
            "# indicators",
            "commitment,id,kind,name,unit,direction,baseline_value,baseline_date,target_value,"
                + "target_date",
            "# measurements",
            "commitment,indicator,date,value");
    assertThat(lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2)))
        .containsExactlyElementsOf(CsvExport.TABLE_NAMES);
  }

  @Test
  void units_give_one_row_each_with_their_parts_in_tables_of_their_own() throws IOException {
    // when
    List<String> lines = lines(Fixtures.record());

    // then
    assertThat(lines)
        .contains(
            "masspf,ministry,,\"Ministère de l’Action Sociale, de la Solidarité et de la Promotion"
                + " de la femme\",,national,Togo,,,,,",
            "sg,general-secretariat,masspf,Secrétariat général,,,,,,,,false",
            "das,division,,Division de l’action sociale,DAS,prefecture,Préfecture,2005-05,,11,"
                + "Circulaire INDH,true",
            "sg,1,coordonner le fonctionnement des services techniques du ministère,",
            "sg,2,assurer la coordination de l’élaboration du projet de budget du département et"
                + " suivre son exécution,budget",
            "sg,1,Secrétaire général,,head",
            "das,1,Chef de division,Chef de la DAS,head",
            "das,secretariat-of,cpdh");
  }

  @Test
  void a_text_with_a_comma_a_quote_or_a_line_break_is_quoted() {
    // then
    assertThat(Csv.field("Ministère de l’Action Sociale, de la Solidarité"))
        .isEqualTo("\"Ministère de l’Action Sociale, de la Solidarité\"");
    assertThat(Csv.field("l'« unité » dite \"UPE\"")).isEqualTo("\"l'« unité » dite \"\"UPE\"\"\"");
    assertThat(Csv.field("mise en\nœuvre")).isEqualTo("\"mise en\nœuvre\"");
    assertThat(Csv.field("Secrétariat général")).isEqualTo("Secrétariat général");
    assertThat(Csv.field("")).isEmpty();
  }

  @Test
  void strategies_list_their_axes_objectives_and_actions_in_order() throws IOException {
    // when
    List<String> lines = lines(Fixtures.record());

    // then
    assertThat(lines)
        .containsSubsequence(
            "pole-social-4-4,Stratégie du pôle Social 4+4,masspf,2012,2016,Stratégie du pôle social",
            "pole-social-4-4,axis,axe-1,,strategic,1,APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE"
                + " SOCIAL,",
            "pole-social-4-4,objective,axe-1-4,axe-1,,4,Renforcement des capacités des ressources"
                + " humaines,",
            "pole-social-4-4,action,axe-1-4-b,axe-1-4,,,Soutenir des formations adéquates,sg",
            "pole-social-4-4,axis,mesures-d-appui,,support,,Mesures d’appui,");
  }

  @Test
  void commitments_give_their_partners_activities_indicators_and_measurements() throws IOException {
    // when
    List<String> lines = lines(Fixtures.record());

    // then
    assertThat(lines)
        .contains(
            "upe,Appui aux associations pour créer les unités de protection de l'enfance,msisf,"
                + "entraide-nationale,2024-01,2025-12,Insuffisance des structures de protection de"
                + " l’enfance,Appui aux associations,Des unités de protection de l’enfance"
                + " opérationnelles,pole-social-4-4/axe-1-4",
            "upe,1,Associations porteuses des 41 projets UPE,association",
            "upe,suivi,Suivi de l’appui à la mise en place des unités de protection de l'enfance,"
                + "2024-01,2025-12,in-progress,30,1",
            "upe,formation,Organisation des sessions de formation des travailleurs sociaux,2024,,"
                + "in-progress,37.5,2.5",
            "upe,rapports,monitoring,Nombre de rapports publiés dans les délais impartis,count,"
                + "increase,0,2024-01,8,2025-12",
            "upe,rapports,2024-12-31,3.5",
            "upe-dgpe,rapports,2024-12-31,3.5");
  }

  @Test
  void lines_end_with_crlf_and_tables_are_parted_by_a_blank_line() throws IOException {
    // when
    String csv = csv(Fixtures.record());

    // then
    assertThat(csv)
        .startsWith("# units\r\nid,kind,")
        .endsWith("\r\n")
        .doesNotContain("\r\n\r\n\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    assertThat(csv).contains("\r\n\r\n# attributions\r\n");
  }

  @Test
  void a_directory_gets_one_file_per_table_holding_what_the_stream_holds() throws IOException {
    // given
    Snapshot record = Fixtures.record();
    Path directory = temp.resolve("export");

    // when
    List<Path> files = export.write(record, directory);

    // then
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .containsExactlyElementsOf(
            CsvExport.TABLE_NAMES.stream().map(name -> name + ".csv").toList());
    List<String> sections = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".csv", "");
      sections.add("# " + name + "\r\n" + Files.readString(file, StandardCharsets.UTF_8));
    }
    assertThat(String.join("\r\n", sections)).isEqualTo(csv(record));
  }

  @Test
  void an_empty_record_gives_the_headers_alone() throws IOException {
    // when
    List<String> lines = lines(Snapshot.EMPTY);

    // then
    assertThat(lines).hasSize(CsvExport.TABLE_NAMES.size() * 3 - 1);
    assertThat(lines.get(1)).startsWith("id,kind,parent,");
    assertThat(lines.get(2)).isEmpty();
  }

  private String csv(Snapshot snapshot) throws IOException {
    StringWriter out = new StringWriter();
    export.write(snapshot, out);
    return out.toString();
  }

  /** The lines, without the empty string after the last line's end. */
  private List<String> lines(Snapshot snapshot) throws IOException {
    List<String> lines = Arrays.asList(csv(snapshot).split("\r\n", -1));
    return lines.subList(0, lines.size() - 1);
  }
}
