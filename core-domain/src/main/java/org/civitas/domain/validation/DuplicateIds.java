package org.civitas.domain.validation;

import java.util.HashMap;
import java.util.Map;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;

/**
 * {@code id.duplicate}: units, strategies and commitments each have their own ids; the axes,
 * objectives and actions of a strategy share one id space; activities and indicators are unique
 * within their commitment. The later object is reported, naming where the id was first used.
 */
final class DuplicateIds {

  private DuplicateIds() {}

  static void check(Document document, Reporter reporter) {
    Map<Object, String> units = new HashMap<>();
    for (Located<OrgUnit> unit : document.units()) {
      unique(units, unit.value().id(), unit, "unit id", "give this unit another id", reporter);
    }
    Map<Object, String> strategies = new HashMap<>();
    for (Located<Strategy> strategy : document.strategies()) {
      unique(
          strategies,
          strategy.value().id(),
          strategy,
          "strategy id",
          "give this strategy another id",
          reporter);
      Map<Object, String> elements = new HashMap<>();
      for (Located<Axis> axis : Document.axes(strategy)) {
        uniqueElement(elements, axis.value().id(), axis, reporter);
        for (Located<Objective> objective : Document.objectives(axis)) {
          uniqueElement(elements, objective.value().id(), objective, reporter);
          for (Located<Action> action : Document.actions(objective)) {
            uniqueElement(elements, action.value().id(), action, reporter);
          }
        }
      }
    }
    Map<Object, String> commitments = new HashMap<>();
    for (Located<Commitment> commitment : document.commitments()) {
      unique(
          commitments,
          commitment.value().id(),
          commitment,
          "commitment id",
          "give this commitment another id",
          reporter);
      Map<Object, String> activities = new HashMap<>();
      for (Located<Activity> activity : Document.activities(commitment)) {
        unique(
            activities,
            activity.value().id(),
            activity,
            "activity id",
            "give each activity of a commitment its own id",
            reporter);
      }
      Map<Object, String> indicators = new HashMap<>();
      for (Located<Indicator> indicator : Document.indicators(commitment)) {
        unique(
            indicators,
            indicator.value().id(),
            indicator,
            "indicator id",
            "give each indicator of a commitment its own id",
            reporter);
      }
    }
  }

  private static void uniqueElement(
      Map<Object, String> elements, Object id, Located<?> element, Reporter reporter) {
    unique(
        elements,
        id,
        element,
        "element id",
        "the axes, objectives and actions of a strategy share one set of ids; give this one an"
            + " id of its own",
        reporter);
  }

  private static void unique(
      Map<Object, String> seen,
      Object id,
      Located<?> object,
      String what,
      String fix,
      Reporter reporter) {
    String first = seen.putIfAbsent(id, object.path());
    if (first != null) {
      reporter.report(
          object.at("id"),
          "the " + what + " '" + id + "' is already used at " + first + ": " + fix);
    }
  }
}
