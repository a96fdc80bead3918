package org.civitas.domain.validation;

import java.util.Optional;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * {@code date.placeholder}: a date a system put in when nobody entered one (January 1970 or 1900),
 * as on the open-government page of seed 004. Every date of the snapshot is looked at.
 */
final class PlaceholderDates {

  private PlaceholderDates() {}

  static void check(Document document, Reporter reporter) {
    // The units as written: the dates a restructuring gives them are checked at the restructuring.
    for (Located<OrgUnit> unit : document.writtenUnits()) {
      Period lifetime = unit.value().lifetime();
      check(lifetime.start(), unit.at("established"), reporter);
      check(lifetime.end(), unit.at("dissolved"), reporter);
      for (int i = 0; i < unit.value().parents().size(); i++) {
        Period link = unit.value().parents().get(i).period();
        check(link.start(), document.parentLink(unit, i), reporter);
        check(link.end(), document.parentLink(unit, i), reporter);
      }
    }
    for (Located<Strategy> strategy : document.strategies()) {
      check(strategy.value().period(), strategy.at("period"), reporter);
    }
    for (Located<Restructuring> restructuring : document.restructurings()) {
      check(Optional.of(restructuring.value().date()), restructuring.at("date"), reporter);
    }
    for (Located<Commitment> commitment : document.commitments()) {
      check(commitment.value().period(), commitment.at("period"), reporter);
      for (Located<Activity> activity : Document.activities(commitment)) {
        check(activity.value().period().start(), activity.at("start"), reporter);
        check(activity.value().period().end(), activity.at("end"), reporter);
      }
      for (Located<Indicator> located : Document.indicators(commitment)) {
        Indicator indicator = located.value();
        check(
            indicator.baseline().map(Measurement::date), located.at("baseline", "date"), reporter);
        check(indicator.target().map(Measurement::date), located.at("target", "date"), reporter);
        for (int i = 0; i < indicator.measurements().size(); i++) {
          check(
              Optional.of(indicator.measurements().get(i).date()),
              located.at("measurements", i, "date"),
              reporter);
        }
      }
    }
  }

  private static void check(Period period, String path, Reporter reporter) {
    check(period.start(), path + "/start", reporter);
    check(period.end(), path + "/end", reporter);
  }

  private static void check(Optional<PartialDate> date, String path, Reporter reporter) {
    date.filter(PartialDate::isPlaceholder)
        .ifPresent(
            placeholder ->
                reporter.report(
                    path,
                    placeholder
                        + " is the date systems put in when nobody entered one, not a real"
                        + " date: give the date the source states, or leave it out"));
  }
}
