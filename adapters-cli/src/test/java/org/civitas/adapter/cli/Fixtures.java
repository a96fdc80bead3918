package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
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
import org.jspecify.annotations.Nullable;

/**
 * Data as the seeds give it, made in code: part of the Togolese ministry (seed 000), the Moroccan
 * commitment on child protection units (seed 004) and part of the « stratégie 4+4 » (seed 001).
 * Where a test needs more than a source says (an owner for an action), the fixture says so.
 */
final class Fixtures {

  /** The day SPEC §5 checks seed 004 on: both UPE activities are overdue. */
  static final LocalDate CHECK_DAY = LocalDate.of(2026, 11, 22);

  private Fixtures() {}

  static Snapshot togo() {
    return new Snapshot(
        ImmutableList.of(
            unit(
                    "masspf",
                    UnitKind.MINISTRY,
                    null,
                    "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme")
                .build(),
            unit(
                    "sg",
                    UnitKind.GENERAL_SECRETARIAT,
                    "masspf",
                    "Secrétariat général",
                    "coordonner le fonctionnement des services techniques du ministère")
                .addPosts(Post.vacant(fr("Secrétaire général"), PostRole.HEAD))
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
                    "élaborer et mettre en œuvre la politique nationale de protection de l’enfant")
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
                    "suivre les activités des structures de protection des enfants vulnérables")
                .build()),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /** Seed 004: the ministry, the agency it names, and the commitment at 30 % and 40 %. */
  static Snapshot upe() {
    Period plan = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    Commitment upe =
        Commitment.builder()
            .id(CommitmentId.of("upe"))
            .title(fr("Appui aux associations pour créer les unités de protection de l’enfance"))
            .lead(UnitId.of("msisf"))
            .addPartners(
                new Partner(
                    fr("Associations porteuses des 41 projets UPE"), PartnerType.ASSOCIATION))
            .addActivities(
                new Activity(
                    ActivityId.of("suivi-appui-upe"),
                    fr("Suivi de l’appui à la mise en place des unités de protection de l'enfance"),
                    plan,
                    ActivityStatus.IN_PROGRESS,
                    30,
                    1),
                new Activity(
                    ActivityId.of("formation-travailleurs-sociaux"),
                    fr("Organisation des sessions de formation des travailleurs sociaux"),
                    plan,
                    ActivityStatus.IN_PROGRESS,
                    40,
                    1))
            .build();
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
        ImmutableList.of(upe));
  }

  /**
   * Two objectives of the first axis of the « stratégie 4+4 ». The source names no owner; one is
   * given to a unit here so that coverage has both kinds of action.
   */
  static Snapshot poleSocial() {
    Strategy strategy =
        Strategy.builder()
            .id(StrategyId.of("pole-social-4-4"))
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
                                    "Préparer un nouveau projet de restructuration du Ministère",
                                    "mssfds"))),
                        new Objective(
                            ElementId.of("axe-1-4"),
                            OptionalInt.of(4),
                            fr("Renforcement des capacités des ressources humaines"),
                            ImmutableList.of(
                                action("axe-1-4-b", "Soutenir des formations adéquates"))))))
            .build();
    return new Snapshot(
        ImmutableList.of(
            unit(
                    "mssfds",
                    UnitKind.MINISTRY,
                    null,
                    "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social")
                .acronym("MSSFDS")
                .build()),
        ImmutableList.of(strategy),
        ImmutableList.of());
  }

  static Action action(String id, String text, String... owners) {
    return new Action(
        ElementId.of(id),
        fr(text),
        List.of(owners).stream().map(UnitId::of).collect(ImmutableList.toImmutableList()));
  }

  static ImmutableOrgUnit.Builder unit(
      String id, UnitKind kind, @Nullable String parent, String name, String... attributions) {
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
