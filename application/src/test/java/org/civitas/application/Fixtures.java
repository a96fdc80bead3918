package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.TerritoryLevel;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Data as the seeds give it: the Togolese ministry's structure (seed 000), the Moroccan
 * open-government commitment on child protection units (seed 004) and the first axis of the «
 * stratégie 4+4 » (seed 001). Where a test needs more than a source says, the test adds it.
 */
final class Fixtures {

  /** The day the figures of SPEC §5 are checked on: both UPE activities are overdue. */
  static final LocalDate CHECK_DAY = LocalDate.of(2026, 11, 22);

  static final CommitmentId UPE = CommitmentId.of("upe");
  static final ActivityId SUIVI = ActivityId.of("suivi");
  static final ActivityId FORMATION = ActivityId.of("formation");
  static final IndicatorId RAPPORTS = IndicatorId.of("rapports");
  static final StrategyId POLE_SOCIAL = StrategyId.of("pole-social-4-4");

  private Fixtures() {}

  static Civitas civitas(FakeStore store, LocalDate today) {
    return Civitas.builder()
        .store(store)
        .clock(Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .build();
  }

  static Snapshot togoMinistry() {
    return new Snapshot(togoUnits(), ImmutableList.of(), ImmutableList.of());
  }

  static ImmutableList<OrgUnit> togoUnits() {
    return ImmutableList.of(
        unit(
                "masspf",
                UnitKind.MINISTRY,
                null,
                "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme")
            .territory(new Territory(TerritoryLevel.NATIONAL, fr("Togo")))
            .build(),
        unit(
                "sg",
                UnitKind.GENERAL_SECRETARIAT,
                "masspf",
                "Secrétariat général",
                "coordonner le fonctionnement des services techniques du ministère")
            .build(),
        unit(
                "dgas",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale de l’action sociale",
                "planifier, coordonner et suivre les programmes de l’action sociale")
            .build(),
        unit(
                "dpa",
                UnitKind.DIRECTORATE,
                "dgas",
                "Direction des personnes âgées",
                "élaborer et mettre en œuvre les programmes de protection des personnes âgées")
            .build(),
        unit(
                "dgpe",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale de la protection de l’enfance",
                "élaborer et mettre en œuvre la politique nationale, les stratégies et les programmes"
                    + " de protection et de promotion de l’enfant")
            .build(),
        unit(
                "dpsv",
                UnitKind.DIRECTORATE,
                "dgpe",
                "Direction de la prévention des situations de vulnérabilité",
                "définir les critères d’identification des enfants vulnérables")
            .build(),
        unit(
                "daed",
                UnitKind.DIRECTORATE,
                "dgpe",
                "Direction d’assistance à l’enfant en difficulté",
                "coordonner, suivre et évaluer les activités des structures de protection et de prise"
                    + " en charge des enfants vulnérables")
            .build());
  }

  /** The ministry that leads the UPE commitment, the body it names, and the commitment. */
  static Snapshot moroccoUpe() {
    return new Snapshot(
        ImmutableList.of(
            unit(
                    "msisf",
                    UnitKind.MINISTRY,
                    null,
                    "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille")
                .acronym("MSISF")
                .build(),
            unit("entraide-nationale", UnitKind.AGENCY, null, "Entraide Nationale").build()),
        ImmutableList.of(),
        ImmutableList.of(upe()));
  }

  /**
   * The commitment of seed 004. Its period is left out: the source prints « Janvier 1970 », a
   * placeholder. The indicator's figures are the illustrative ones of SPEC §3; the source gives
   * none.
   */
  static Commitment upe() {
    Period plan = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    return Commitment.builder()
        .id(UPE)
        .title(fr("Appui aux associations pour créer les unités de protection de l'enfance"))
        .lead(UnitId.of("msisf"))
        .addContributors(UnitId.of("entraide-nationale"))
        .addPartners(
            new Partner(fr("Associations porteuses des 41 projets UPE"), PartnerType.ASSOCIATION))
        .addIndicators(
            new Indicator(
                RAPPORTS,
                IndicatorKind.MONITORING,
                fr("Nombre de rapports publiés dans les délais impartis"),
                Optional.of("count"),
                Direction.INCREASE,
                Optional.of(new Measurement(PartialDate.ofMonth(2024, 1), BigDecimal.ZERO)),
                Optional.of(new Measurement(PartialDate.ofMonth(2025, 12), BigDecimal.valueOf(8))),
                ImmutableList.of(
                    new Measurement(PartialDate.ofMonth(2024, 12), BigDecimal.valueOf(3)))))
        .addActivities(
            new Activity(
                SUIVI,
                fr(
                    "Suivi de l’appui à la mise en place des unités de protection de l'enfance selon"
                        + " les procédures du partenariat entre le Ministère et les associations de la"
                        + " société civile"),
                plan,
                ActivityStatus.IN_PROGRESS,
                30,
                Activity.DEFAULT_WEIGHT),
            new Activity(
                FORMATION,
                fr(
                    "Organisation des sessions de formation pour le renforcement des capacités des"
                        + " travailleurs sociaux des unités de protection de l'enfance"),
                plan,
                ActivityStatus.IN_PROGRESS,
                40,
                Activity.DEFAULT_WEIGHT))
        .build();
  }

  /** The first axis of the « stratégie 4+4 », two objectives of it; the source names no owner. */
  static Strategy poleSocial() {
    return Strategy.builder()
        .id(POLE_SOCIAL)
        .title(fr("Stratégie du pôle Social"))
        .owner(UnitId.of("mssfds"))
        .addAxes(
            new Axis(
                ElementId.of("axe-1"),
                AxisKind.STRATEGIC,
                OptionalInt.of(1),
                fr("APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE SOCIAL"),
                ImmutableList.of(
                    new Objective(
                        ElementId.of("axe-1-1"),
                        OptionalInt.of(1),
                        fr("Restructuration des composantes du Pôle social"),
                        ImmutableList.of(
                            action(
                                "axe-1-1-a",
                                "Préparer un nouveau projet de restructuration du Ministère et"
                                    + " institutions sous tutelles"))),
                    new Objective(
                        ElementId.of("axe-1-4"),
                        OptionalInt.of(4),
                        fr("Renforcement des capacités des ressources humaines"),
                        ImmutableList.of(
                            action("axe-1-4-b", "Soutenir des formations adéquates"))))))
        .build();
  }

  static OrgUnit mssfds() {
    return unit(
            "mssfds",
            UnitKind.MINISTRY,
            null,
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social")
        .build();
  }

  static Action action(String id, String text, UnitId... owners) {
    return new Action(ElementId.of(id), fr(text), ImmutableList.copyOf(owners));
  }

  static ImmutableOrgUnit.Builder unit(
      String id, UnitKind kind, String parent, String name, String... attributions) {
    ImmutableOrgUnit.Builder unit = OrgUnit.builder().id(UnitId.of(id)).kind(kind).name(fr(name));
    if (parent != null) {
      unit.addParents(ParentLink.always(UnitId.of(parent)));
    }
    if (attributions.length > 0) {
      unit.mandate(
          new Mandate(
              Optional.empty(),
              false,
              List.of(attributions).stream()
                  .map(a -> Attribution.of(fr(a)))
                  .collect(ImmutableList.toImmutableList())));
    }
    return unit;
  }

  static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }
}
