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
import org.civitas.domain.text.LocalizedText;

/**
 * {@code title.duplicate}: two siblings with the same title once case, accents and spaces are
 * ignored ({@link LocalizedText#comparisonKey}), compared language by language. Siblings are the
 * units under one current parent (roots among roots), the axes of a strategy, the objectives of an
 * axis, the actions of an objective, and the activities and the indicators of a commitment. The
 * later sibling is reported, naming the first.
 */
final class DuplicateTitles {

  /** The first sibling seen with a title. */
  private record First(Object id, String path) {}

  private final Map<String, First> firsts = new HashMap<>();
  private final Reporter reporter;

  private DuplicateTitles(Reporter reporter) {
    this.reporter = reporter;
  }

  static void check(Document document, Reporter reporter) {
    DuplicateTitles titles = new DuplicateTitles(reporter);
    for (Located<OrgUnit> unit : document.units()) {
      // Not a path, so no group of another kind can share it.
      String group = unit.value().parent().map(parent -> "unit " + parent).orElse("roots");
      titles.add(group, "unit", unit.value().id(), unit.value().name(), unit, "name");
    }
    for (Located<Strategy> strategy : document.strategies()) {
      for (Located<Axis> axis : Document.axes(strategy)) {
        titles.add(
            strategy.at("axes"), "axis", axis.value().id(), axis.value().title(), axis, "title");
        for (Located<Objective> objective : Document.objectives(axis)) {
          Objective value = objective.value();
          titles.add(
              axis.at("objectives"), "objective", value.id(), value.title(), objective, "title");
          for (Located<Action> action : Document.actions(objective)) {
            Action act = action.value();
            titles.add(objective.at("actions"), "action", act.id(), act.text(), action, "text");
          }
        }
      }
    }
    for (Located<Commitment> commitment : document.commitments()) {
      for (Located<Activity> activity : Document.activities(commitment)) {
        Activity value = activity.value();
        titles.add(
            commitment.at("activities"), "activity", value.id(), value.title(), activity, "title");
      }
      for (Located<Indicator> indicator : Document.indicators(commitment)) {
        Indicator value = indicator.value();
        titles.add(
            commitment.at("indicators"), "indicator", value.id(), value.name(), indicator, "name");
      }
    }
  }

  /** Adds a sibling of {@code group}; reports it (once) when an earlier sibling has its title. */
  private void add(
      String group, String kind, Object id, LocalizedText title, Located<?> sibling, String field) {
    for (Map.Entry<String, String> text : title.texts().entrySet()) {
      String key =
          group + '\n' + text.getKey() + '\n' + LocalizedText.comparisonKey(text.getValue());
      First first = firsts.putIfAbsent(key, new First(id, sibling.path()));
      if (first != null) {
        reporter.report(
            sibling.at(field),
            String.format(
                "%s '%s' has the same %s as %s '%s' beside it (%s), \"%s\": rename one of them, or"
                    + " remove this one if both are the same %s",
                kind, id, field, kind, first.id(), first.path(), text.getValue(), kind));
        return;
      }
    }
  }
}
