package org.civitas.application.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.application.port.in.PeriodicReport;
import org.civitas.application.port.in.PeriodicReport.ActivityReport;
import org.civitas.application.port.in.PeriodicReport.CommitmentReport;
import org.civitas.application.port.in.PeriodicReport.IndicatorMeasurement;
import org.civitas.application.port.in.PeriodicReport.UnitReport;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.civitas.domain.time.ReportingPeriod;

/**
 * Reports to write, as the use case makes them: the UPE commitment of seed 004 over the second
 * semester of 2025, one of its activities reported at 70 % and then completed, and one of its
 * indicators measured in October (the figures are illustrative; the seed gives none).
 */
final class ReportFixtures {

  static final ReportingPeriod S2_2025 = ReportingPeriod.semester(2025, 2);
  static final LocalDate CLOSE = LocalDate.of(2025, 12, 31);

  private ReportFixtures() {}

  static PeriodicReport upe() {
    return upe(
        "Appui aux associations pour créer les unités de protection de l’enfance",
        "Suivi de l’appui à la mise en place des unités de protection de l'enfance");
  }

  /** The UPE report with other titles, for the texts renderers must escape. */
  static PeriodicReport upe(String commitmentTitle, String activityTitle) {
    Period plan = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    Activity suivi =
        new Activity(
            ActivityId.of("suivi"), fr(activityTitle), plan, ActivityStatus.IN_PROGRESS, 30, 1);
    Activity formation =
        new Activity(
            ActivityId.of("formation"),
            fr("Organisation des sessions de formation"),
            plan,
            ActivityStatus.IN_PROGRESS,
            40,
            1);
    CommitmentReport commitment =
        new CommitmentReport(
            CommitmentId.of("upe"),
            fr(commitmentTitle),
            UnitId.of("msisf"),
            OptionalDouble.of(35),
            OptionalDouble.of(85),
            Optional.of(ScheduleState.BEHIND),
            ImmutableList.of(
                new ActivityReport(
                    suivi, suivi.reported(ActivityStatus.IN_PROGRESS, 70), ScheduleState.BEHIND, 1),
                new ActivityReport(
                    formation,
                    formation.reported(ActivityStatus.COMPLETED, 100),
                    ScheduleState.COMPLETED,
                    2)),
            ImmutableList.of(
                new IndicatorMeasurement(
                    IndicatorId.of("rapports"),
                    fr("Nombre de rapports publiés dans les délais impartis"),
                    Optional.of("count"),
                    new Measurement(PartialDate.ofMonth(2025, 10), new BigDecimal("5.0")))));
    OrgUnit msisf =
        OrgUnit.builder()
            .id(UnitId.of("msisf"))
            .kind(UnitKind.MINISTRY)
            .name(fr("Ministère de la Solidarité, de l'Insertion Sociale et de la Famille"))
            .acronym("MSISF")
            .build();
    RollUp rollUp =
        new RollUp(msisf.id(), CLOSE, 1, OptionalDouble.of(85), Map.of(ScheduleState.BEHIND, 1));
    return new PeriodicReport(
        S2_2025,
        CLOSE,
        ImmutableList.of(
            new UnitReport(msisf, 0, OptionalDouble.of(35), rollUp, ImmutableList.of(commitment))));
  }

  /** A report in which no commitment is led. */
  static PeriodicReport empty() {
    return new PeriodicReport(S2_2025, CLOSE, ImmutableList.of());
  }

  /** The UPE report made on 2025-09-30, while the semester runs. */
  static PeriodicReport running() {
    PeriodicReport done = upe();
    return new PeriodicReport(done.period(), LocalDate.of(2025, 9, 30), done.units());
  }

  static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }
}
