package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code civitas chart} draws a unit's org chart from the database or from dataset files. */
class ChartsAreDrawnFromTheRecordTest {

  @TempDir Path temp;

  @Test
  void an_svg_chart_is_written_from_the_database_as_a_well_formed_document() throws Exception {
    // given
    String url = Databases.h2(temp, "db");
    Command.run(Map.of(), "import", "--db", url, Command.example("togo-masspf.yaml"));
    Path svg = temp.resolve("masspf.svg");

    // when
    Command drawn =
        Command.run(Map.of(), "chart", "masspf", "--as-of", "2026-11-22", "--db", url, "-o", svg);

    // then
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    assertThat(drawn.outLines()).containsExactly("drew the chart of masspf as svg in " + svg);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2000/svg");
    assertThat(document.getDocumentElement().getTextContent())
        .contains("Secrétariat général", "Direction générale de la protection de l’enfance");
  }

  @Test
  void mermaid_is_printed_from_dataset_files() {
    // when
    Command drawn =
        Command.run(
            "chart",
            "das",
            "--format",
            "mermaid",
            "--as-of",
            "2026-11-22",
            "--data",
            Command.example("maroc-agadir-das.yaml"));

    // then
    assertThat(drawn.exitCode()).isZero();
    assertThat(drawn.outLines())
        .startsWith("flowchart TD", "  u_das[\"<b>DAS</b><br/>Division de l’Action Sociale\"]")
        .contains("  u_das --> u_service_communication");
  }

  @Test
  void an_unknown_unit_is_refused() {
    // when
    Command drawn =
        Command.run(
            "chart", "dgx", "--data", Command.example("togo-masspf.yaml"), "--format", "dot");

    // then
    assertThat(drawn.exitCode()).isEqualTo(1);
    assertThat(drawn.errLines()).containsExactly("civitas: there is no unit 'dgx': check the id");
  }
}
