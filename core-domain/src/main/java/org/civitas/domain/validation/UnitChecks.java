package org.civitas.domain.validation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;

/**
 * How a unit sits under its parents: by rank ({@code unit.kind-nesting}) and in time ({@code
 * unit.dissolved-parent}).
 */
final class UnitChecks {

  private UnitChecks() {}

  /**
   * {@code unit.kind-nesting}: a unit whose kind ranks above its parent's, a directorate under a
   * service. Unranked kinds (committees, centres, agencies…) may sit anywhere.
   */
  static void kindNesting(Document document, Reporter reporter) {
    for (Located<OrgUnit> unit : document.units()) {
      OrgUnit child = unit.value();
      OptionalInt childRank = child.kind().rank();
      for (int i = 0; i < child.parents().size(); i++) {
        Optional<OrgUnit> parent =
            document.unit(child.parents().get(i).parent()).map(Located::value);
        if (childRank.isEmpty() || parent.isEmpty() || parent.get().kind().rank().isEmpty()) {
          continue;
        }
        if (childRank.getAsInt() < parent.get().kind().rank().getAsInt()) {
          reporter.report(
              document.parentLink(unit, i),
              String.format(
                  "unit '%s', a %s, sits under '%s', a %s, which ranks below it: correct the"
                      + " parent, or the kind of one of them",
                  child.id(), child.kind().code(), parent.get().id(), parent.get().kind().code()));
        }
      }
    }
  }

  /**
   * {@code unit.dissolved-parent}: a unit still under a parent after that parent was dissolved, its
   * time under it running past the dissolution or left open. A unit moved elsewhere before the
   * dissolution is fine.
   */
  static void dissolvedParents(Document document, Reporter reporter) {
    for (Located<OrgUnit> unit : document.units()) {
      OrgUnit child = unit.value();
      for (int i = 0; i < child.parents().size(); i++) {
        ParentLink link = child.parents().get(i);
        Optional<OrgUnit> parent = document.unit(link.parent()).map(Located::value);
        Optional<LocalDate> dissolved = parent.flatMap(p -> Document.knownEnd(p.lifetime()));
        if (dissolved.isEmpty()) {
          continue;
        }
        Optional<LocalDate> underUntil =
            Stream.of(Document.knownEnd(link.period()), Document.knownEnd(child.lifetime()))
                .flatMap(Optional::stream)
                .min(LocalDate::compareTo);
        if (underUntil.map(end -> end.isAfter(dissolved.get())).orElse(true)) {
          reporter.report(
              document.parentLink(unit, i),
              String.format(
                  "unit '%s' is still under '%s' after '%s' was dissolved (%s): give '%s' its own"
                      + " dissolution date, or move it under the unit that took over (a move"
                      + " among the restructurings)",
                  child.id(),
                  link.parent(),
                  link.parent(),
                  parent.get().dissolved().orElseThrow(),
                  child.id()));
        }
      }
    }
  }
}
