package org.civitas.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report is one page that prints on A4, a commitment a page, with nothing loaded from
 * outside and every text from the record escaped and marked with its language.
 */
class TheHtmlReportPrintsOnA4Test {

  private final HtmlReport html = new HtmlReport();

  @Test
  void the_page_prints_on_a4_with_a_section_per_commitment_kept_whole() throws Exception {
    // when
    String page = html.render(ReportFixtures.upe());

    // then
    Document document = parse(page);
    assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    String style = document.getElementsByTagName("style").item(0).getTextContent();
    assertThat(style)
        .contains("@page { size: A4;", "break-inside: avoid;", "break-before: page;")
        .contains("section.commitment {");
    NodeList sections = document.getElementsByTagName("section");
    assertThat(sections.getLength()).isEqualTo(2);
    Element upe = (Element) sections.item(1);
    assertThat(upe.getAttribute("class")).isEqualTo("commitment");
    assertThat(upe.getAttribute("id")).isEqualTo("commitment-upe");
    assertThat(upe.getTextContent())
        .contains(
            "upe — Appui aux associations pour créer les unités de protection de l’enfance",
            "Progress 35.0 at the opening, 85.0 at the close; behind at the close.",
            "Completed in the period: formation",
            "Behind at the close: suivi",
            "2025-105 count");
  }

  @Test
  void texts_from_the_record_say_their_language() throws Exception {
    // when
    Document document = parse(html.render(ReportFixtures.upe()));

    // then
    NodeList spans = document.getElementsByTagName("span");
    boolean titleInFrench = false;
    for (int i = 0; i < spans.getLength(); i++) {
      Element span = (Element) spans.item(i);
      if (span.getTextContent()
          .equals("Appui aux associations pour créer les unités de protection de l’enfance")) {
        titleInFrench = span.getAttribute("lang").equals("fr");
      }
    }
    assertThat(titleInFrench).isTrue();
  }

  @Test
  void nothing_is_loaded_from_outside() {
    // when
    String page = html.render(ReportFixtures.upe());

    // then
    assertThat(page)
        .doesNotContain("http:", "https:", "src=", "<link", "<script", "@import", "url(");
  }

  @Test
  void markup_in_a_title_is_shown_as_text() throws Exception {
    // when
    String page =
        html.render(ReportFixtures.upe("<script>alert(1)</script> & « UPE »", "Suivi \"écoute\""));

    // then
    assertThat(page)
        .doesNotContain("<script>")
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; « UPE »", "Suivi &quot;écoute&quot;");
    assertThat(parse(page).getElementsByTagName("h2").item(1).getTextContent())
        .isEqualTo("upe — <script>alert(1)</script> & « UPE »");
  }

  @Test
  void a_report_without_commitments_is_a_page_that_says_so() throws Exception {
    // when
    Document document = parse(html.render(ReportFixtures.empty()));

    // then
    assertThat(document.getElementsByTagName("section").getLength()).isZero();
    assertThat(document.getElementsByTagName("body").item(0).getTextContent())
        .contains("No commitment is led here.");
  }

  /** Parses the page as XML, which it also is: a malformed page fails here. */
  private static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }
}
