package org.civitas.application.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.text.LocalizedText;

/** What a chart writes about a unit: its acronym, its name and the title of its head. */
record UnitCard(String id, Optional<String> acronym, String name, Optional<String> head) {

  /** In pixels at 12 pixels a letter: some thirty letters of running text. */
  private static final double TEXT_LINE_WIDTH = 240;

  /** The card of {@code unit} as it was named on {@code day}. */
  static UnitCard of(OrgUnit unit, LocalDate day) {
    Optional<String> head =
        unit.posts().stream()
            .filter(post -> post.role() == PostRole.HEAD)
            .map(Post::title)
            .map(LocalizedText::text)
            .findFirst();
    DatedName name = unit.nameOn(day);
    return new UnitCard(unit.id().value(), name.acronym(), name.name().text(), head);
  }

  /**
   * The name in lines of about thirty characters, for the notations that leave the wrapping to
   * their author: Graphviz never wraps, Mermaid wraps at its own width.
   */
  List<String> nameLines() {
    return TextMeasure.wrap(name, TEXT_LINE_WIDTH, 12, false);
  }

  /** Acronym and name on one line, as a tooltip or a title reads them. */
  String label() {
    return acronym.map(a -> a + " — ").orElse("") + name;
  }
}
