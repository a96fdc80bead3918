package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.ReportingPeriod;

/**
 * A period's progress report. Its figures stand at two moments: the opening, the record as it stood
 * at the end of the period's eve (so a period opens where the one before it closed), and the close,
 * the record at the end of the period's last day, or of today while the period runs. Units are
 * listed depth first as in a tree, those whose subtree leads no commitment left out.
 */
public record PeriodicReport(
    ReportingPeriod period, LocalDate closing, ImmutableList<UnitReport> units) {

  /** The day the figures of the opening stand on: the period's eve. */
  public LocalDate opening() {
    return period.eve();
  }

  /** Whether the period has not ended yet, so its close is today and not its last day. */
  public boolean isRunning() {
    return closing.isBefore(period.lastDay());
  }

  /** Every commitment of the report, unit after unit. */
  public ImmutableList<CommitmentReport> commitments() {
    return units.stream()
        .flatMap(u -> u.commitments().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One unit, {@code depth} levels below the root asked: the mean progress of its subtree's
   * commitments at the opening, the roll-up of its subtree at the close, and the commitments it
   * leads itself.
   */
  public record UnitReport(
      OrgUnit unit,
      int depth,
      OptionalDouble meanProgressAtOpening,
      RollUp rollUp,
      ImmutableList<CommitmentReport> commitments) {}

  /** One commitment: its progress at the opening and at the close, its activities, its measures. */
  public record CommitmentReport(
      CommitmentId id,
      LocalizedText title,
      UnitId lead,
      OptionalDouble progressAtOpening,
      OptionalDouble progressAtClosing,
      Optional<ScheduleState> stateAtClosing,
      ImmutableList<ActivityReport> activities,
      ImmutableList<IndicatorMeasurement> measurements) {

    /** The activities completed within the period. */
    public ImmutableList<ActivityReport> completed() {
      return activities.stream()
          .filter(ActivityReport::completedInPeriod)
          .collect(ImmutableList.toImmutableList());
    }

    /** The activities in {@code state} at the close. */
    public ImmutableList<ActivityReport> inState(ScheduleState state) {
      return activities.stream()
          .filter(a -> a.stateAtClosing() == state)
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * One activity as it stood at the opening and at the close, where it stood against its dates at
   * the close, and how many progress reports were made on it within the period.
   */
  public record ActivityReport(
      Activity atOpening, Activity atClosing, ScheduleState stateAtClosing, int reports) {

    /** Whether it was completed within the period: not completed at the opening, completed now. */
    public boolean completedInPeriod() {
      return atOpening.status() != ActivityStatus.COMPLETED
          && atClosing.status() == ActivityStatus.COMPLETED;
    }
  }

  /** A measurement of one of the commitment's indicators, dated within the period. */
  public record IndicatorMeasurement(
      IndicatorId indicator, LocalizedText name, Optional<String> unit, Measurement measurement) {}
}
