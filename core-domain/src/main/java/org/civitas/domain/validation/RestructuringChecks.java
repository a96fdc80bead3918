package org.civitas.domain.validation;

import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Orphan;
import org.civitas.domain.restructuring.Refused;
import org.civitas.domain.restructuring.RestructuringRefusal;

/**
 * What the replay of the restructurings found: those that cannot take effect ({@code
 * restructuring.invalid}, or {@code ref.unknown} for a reference to nothing), and the holdings no
 * unit took when their holder ended ({@code restructuring.orphaned}).
 */
final class RestructuringChecks {

  private RestructuringChecks() {}

  /** {@code restructuring.invalid}: a restructuring that cannot take effect, for each reason. */
  static void invalid(Document document, Reporter reporter) {
    refusals(document, false, reporter);
  }

  /**
   * The reasons restructurings were refused: those that refer to nothing when {@code unknown}, the
   * others otherwise.
   */
  static void refusals(Document document, boolean unknown, Reporter reporter) {
    for (Refused refused : document.replay().refusals()) {
      Located<?> restructuring = document.restructurings().get(refused.index());
      for (RestructuringRefusal reason : refused.reasons()) {
        if (reason instanceof RestructuringRefusal.UnknownReference == unknown) {
          reporter.report(
              restructuring.at(reason.field()),
              "the "
                  + refused.restructuring().type()
                  + " of "
                  + refused.restructuring().date()
                  + " cannot take effect: "
                  + reason.message());
        }
      }
    }
  }

  /**
   * {@code restructuring.orphaned}: an attribution, a commitment's lead or contribution, a strategy
   * or an action left with a unit that a restructuring ended, no unit taking it over.
   */
  static void orphaned(Document document, Reporter reporter) {
    for (Orphan orphan : document.replay().orphans()) {
      Located<?> restructuring = document.restructurings().get(orphan.index());
      reporter.report(
          restructuring.at(orphan.field()),
          String.format(
              "the %s of %s ends '%s' but hands over %s to no unit: %s",
              orphan.restructuring().type(),
              orphan.restructuring().date(),
              orphan.holder(),
              orphan.holding().describe(),
              fix(orphan)));
    }
  }

  private static String fix(Orphan orphan) {
    String successors =
        String.join(
            ", ", orphan.restructuring().successors().stream().map(u -> "'" + u + "'").toList());
    String to = successors.isEmpty() ? "the unit that takes it over" : "one of " + successors;
    return orphan.holding() instanceof Holding.Attribution attribution
        ? "list "
            + (attribution.unit().equals(orphan.holder())
                ? String.valueOf(attribution.index())
                : attribution.unit() + "/" + attribution.index())
            + " under "
            + to
            + " in attributions, or under dropped if it ends with the unit"
        : "name it under " + to + " in " + orphan.field();
  }
}
