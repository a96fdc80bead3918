package org.civitas.domain.validation;

import java.util.List;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;

/**
 * {@code ref.unknown}: parents, link targets, strategy and action owners, commitment leads and
 * contributors must be units of the snapshot, and what a commitment contributes to must be a
 * strategy and one of its axes, objectives or actions.
 */
final class UnknownReferences {

  private final Document document;
  private final Reporter reporter;

  private UnknownReferences(Document document, Reporter reporter) {
    this.document = document;
    this.reporter = reporter;
  }

  static void check(Document document, Reporter reporter) {
    UnknownReferences references = new UnknownReferences(document, reporter);
    document.units().forEach(references::inUnit);
    document.strategies().forEach(references::inStrategy);
    document.actions().forEach(references::inAction);
    document.commitments().forEach(references::inCommitment);
    RestructuringChecks.refusals(document, true, reporter);
  }

  private void inUnit(Located<OrgUnit> unit) {
    OrgUnit value = unit.value();
    for (int i = 0; i < value.parents().size(); i++) {
      requireUnit(
          value.parents().get(i).parent(),
          document.parentLink(unit, i),
          "unit '" + value.id() + "' has the parent");
    }
    for (int i = 0; i < value.links().size(); i++) {
      UnitLink link = value.links().get(i);
      requireUnit(
          link.unit(),
          unit.at("links", i, "unit"),
          "unit '" + value.id() + "' has a " + link.type().code() + " link to");
    }
  }

  private void inStrategy(Located<Strategy> strategy) {
    strategy
        .value()
        .owner()
        .ifPresent(
            owner ->
                requireUnit(
                    owner,
                    strategy.at("owner"),
                    "strategy '" + strategy.value().id() + "' is owned by"));
  }

  private void inAction(Located<Action> action) {
    requireUnits(
        action.value().owners(),
        action,
        "owners",
        "action '" + action.value().id() + "' is owned by");
  }

  private void inCommitment(Located<Commitment> commitment) {
    Commitment value = commitment.value();
    String who = "commitment '" + value.id() + "'";
    requireUnit(value.lead(), commitment.at("lead"), who + " is led by");
    requireUnits(value.contributors(), commitment, "contributors", who + " has the contributor");
    for (int i = 0; i < value.contributesTo().size(); i++) {
      requireElement(value.contributesTo().get(i), commitment.at("contributes-to", i), who);
    }
  }

  private void requireUnits(List<UnitId> ids, Located<?> holder, String field, String referrer) {
    for (int i = 0; i < ids.size(); i++) {
      requireUnit(ids.get(i), holder.at(field, i), referrer);
    }
  }

  private void requireUnit(UnitId id, String path, String referrer) {
    if (!document.hasUnit(id)) {
      reporter.report(
          path,
          String.format(
              "%s '%s', which is not a unit of this dataset: correct the id, or add the unit '%s'",
              referrer, id, id));
    }
  }

  private void requireElement(ElementRef ref, String path, String referrer) {
    if (!document.hasStrategy(ref.strategy())) {
      reporter.report(
          path,
          String.format(
              "%s contributes to '%s', but there is no strategy '%s': correct the reference, or"
                  + " add the strategy",
              referrer, ref, ref.strategy()));
    } else if (!document.hasElement(ref)) {
      reporter.report(
          path,
          String.format(
              "%s contributes to '%s', but strategy '%s' has no axis, objective or action '%s':"
                  + " correct the reference, or add the element to the strategy",
              referrer, ref, ref.strategy(), ref.element()));
    }
  }
}
