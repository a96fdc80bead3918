package org.civitas.adapter.persistence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.TerritoryLevel;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Data from the seeds for the store tests: part of the Togolese ministry (seed 000), the Moroccan
 * division of social action and the committee it is the secretariat of (seed 002), the first axis
 * of the « stratégie 4+4 » (seed 001) and the UPE commitment (seed 004, with the illustrative
 * indicator figures of SPEC §3). What a test needs beyond the sources (dates of moves and
 * dissolutions, holders, an Arabic name) is made up and said so where it is used.
 */
public final class Fixtures {

  public static final CommitmentId UPE = CommitmentId.of("upe");
  public static final CommitmentId UPE_DGPE = CommitmentId.of("upe-dgpe");
  public static final IndicatorId RAPPORTS = IndicatorId.of("rapports");
  public static final StrategyId POLE_SOCIAL = StrategyId.of("pole-social-4-4");
  public static final Instant MORNING = Instant.parse("2026-11-22T09:00:00Z");

  private Fixtures() {}

  /** Every kind of data a store keeps, each field filled somewhere. */
  public static Snapshot record() {
    return new Snapshot(
        ImmutableList.<OrgUnit>builder().addAll(togoUnits()).add(das(), cpdh()).build(),
        ImmutableList.of(poleSocial()),
        ImmutableList.of(upe(), upeDgpe()));
  }

  public static ImmutableList<OrgUnit> togoUnits() {
    return ImmutableList.of(
        unit(
                "masspf",
                UnitKind.MINISTRY,
                null,
                "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme")
            .territory(new Territory(TerritoryLevel.NATIONAL, fr("Togo")))
            .build(),
        unit("sg", UnitKind.GENERAL_SECRETARIAT, "masspf", "Secrétariat général")
            .addPosts(Post.vacant(fr("Secrétaire général"), PostRole.HEAD))
            .mandate(
                new Mandate(
                    Optional.empty(),
                    false,
                    ImmutableList.of(
                        Attribution.of(
                            fr(
                                "coordonner le fonctionnement des services techniques du ministère")),
                        new Attribution(
                            fr(
                                "assurer la coordination de l’élaboration du projet de budget du département"
                                    + " et suivre son exécution"),
                            ImmutableList.of("budget")))))
            .build(),
        unit(
                "dgas",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale de l’action sociale")
            .build(),
        unit("dpa", UnitKind.DIRECTORATE, "dgas", "Direction des personnes âgées").build(),
        unit(
                "dgpe",
                UnitKind.GENERAL_DIRECTORATE,
                "masspf",
                "Direction générale de la protection de l’enfance")
            .build(),
        unit(
                "dpsv",
                UnitKind.DIRECTORATE,
                "dgpe",
                "Direction de la prévention des situations de vulnérabilité")
            .build(),
        unit(
                "daed",
                UnitKind.DIRECTORATE,
                "dgpe",
                "Direction d’assistance à l’enfant en difficulté")
            .build());
  }

  /**
   * The division of social action of seed 002: its staff of eleven, its head, its secretariat of
   * the CPDH. The Arabic name, the holder and the establishment year are made up.
   */
  public static OrgUnit das() {
    return OrgUnit.builder()
        .id(UnitId.of("das"))
        .kind(UnitKind.DIVISION)
        .name(
            LocalizedText.of(
                ImmutableMap.of("fr", "Division de l’action sociale", "ar", "قسم العمل الاجتماعي")))
        .acronym("DAS")
        .territory(new Territory(TerritoryLevel.PREFECTURE, fr("Préfecture")))
        .lifetime(Period.from(PartialDate.ofMonth(2005, 5)))
        .staff(11)
        .addPosts(new Post(fr("Chef de division"), Optional.of("Chef de la DAS"), PostRole.HEAD))
        .mandate(
            new Mandate(
                Optional.of("Circulaire INDH"),
                true,
                ImmutableList.of(
                    Attribution.of(
                        fr(
                            "Assurer le secrétariat administratif du CPDH et exécuter les décisions prises par le CPDH.")))))
        .addLinks(new UnitLink(LinkType.SECRETARIAT_OF, UnitId.of("cpdh")))
        .build();
  }

  /** The prefectoral committee for human development, presided by the governor (seed 002). */
  public static OrgUnit cpdh() {
    return OrgUnit.builder()
        .id(UnitId.of("cpdh"))
        .kind(UnitKind.COMMITTEE)
        .name(fr("Comité préfectoral de développement humain"))
        .acronym("CPDH")
        .addPosts(Post.vacant(fr("Gouverneur"), PostRole.HEAD))
        .build();
  }

  public static Strategy poleSocial() {
    return Strategy.builder()
        .id(POLE_SOCIAL)
        .title(fr("Stratégie du pôle Social 4+4"))
        .owner(UnitId.of("masspf"))
        .period(Period.of(PartialDate.ofYear(2012), PartialDate.ofYear(2016)))
        .summary(fr("Stratégie du pôle social"))
        .addAxes(
            new Axis(
                ElementId.of("axe-1"),
                AxisKind.STRATEGIC,
                OptionalInt.of(1),
                fr("APPUI INSTITUTIONNEL ET RENFORCEMENT AU PÔLE SOCIAL"),
                ImmutableList.of(
                    new Objective(
                        ElementId.of("axe-1-4"),
                        OptionalInt.of(4),
                        fr("Renforcement des capacités des ressources humaines"),
                        ImmutableList.of(
                            new Action(
                                ElementId.of("axe-1-4-b"),
                                fr("Soutenir des formations adéquates"),
                                ImmutableList.of(UnitId.of("sg"))))))),
            new Axis(
                ElementId.of("mesures-d-appui"),
                AxisKind.SUPPORT,
                OptionalInt.empty(),
                fr("Mesures d’appui"),
                ImmutableList.of()))
        .build();
  }

  public static Commitment upe() {
    Period plan = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    return Commitment.builder()
        .id(UPE)
        .title(fr("Appui aux associations pour créer les unités de protection de l'enfance"))
        .lead(UnitId.of("msisf"))
        .addContributors(UnitId.of("entraide-nationale"))
        .addPartners(
            new Partner(fr("Associations porteuses des 41 projets UPE"), PartnerType.ASSOCIATION))
        .period(plan)
        .problem(fr("Insuffisance des structures de protection de l’enfance"))
        .solution(fr("Appui aux associations"))
        .expectedResult(fr("Des unités de protection de l’enfance opérationnelles"))
        .addContributesTo(ElementRef.parse("pole-social-4-4/axe-1-4"))
        .addIndicators(
            new Indicator(
                RAPPORTS,
                IndicatorKind.MONITORING,
                fr("Nombre de rapports publiés dans les délais impartis"),
                Optional.of("count"),
                Direction.INCREASE,
                Optional.of(new Measurement(PartialDate.ofMonth(2024, 1), BigDecimal.ZERO)),
                Optional.of(new Measurement(PartialDate.ofMonth(2025, 12), new BigDecimal("8.0"))),
                ImmutableList.of(
                    new Measurement(PartialDate.ofDay(2024, 12, 31), new BigDecimal("3.50")))))
        .addActivities(
            new Activity(
                ActivityId.of("suivi"),
                fr("Suivi de l’appui à la mise en place des unités de protection de l'enfance"),
                plan,
                ActivityStatus.IN_PROGRESS,
                30,
                Activity.DEFAULT_WEIGHT),
            new Activity(
                ActivityId.of("formation"),
                fr("Organisation des sessions de formation des travailleurs sociaux"),
                Period.from(PartialDate.ofYear(2024)),
                ActivityStatus.IN_PROGRESS,
                37.5,
                2.5))
        .build();
  }

  /** The same commitment under a Togolese lead, so that the store holds two. */
  public static Commitment upeDgpe() {
    return ImmutableCommitment.copyOf(upe()).withId(UPE_DGPE).withLead(UnitId.of("dgpe"));
  }

  public static Commitment withSuivi(Commitment commitment, double progress) {
    return ImmutableCommitment.copyOf(commitment)
        .withActivities(
            commitment.activities().get(0).reported(ActivityStatus.IN_PROGRESS, progress),
            commitment.activities().get(1));
  }

  /** {@code units} with the one of id {@code id} changed. */
  public static ImmutableList<OrgUnit> changing(
      ImmutableList<OrgUnit> units, String id, UnaryOperator<ImmutableOrgUnit> change) {
    return units.stream()
        .map(u -> u.id().value().equals(id) ? change.apply(ImmutableOrgUnit.copyOf(u)) : u)
        .collect(ImmutableList.toImmutableList());
  }

  public static AuditEntry entry(String actor, String action, String subject) {
    return new AuditEntry(
        MORNING, actor, action, subject, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static AuditEntry imported() {
    return entry("dsi", "snapshot.import", "snapshot");
  }

  public static ImmutableOrgUnit.Builder unit(
      String id, UnitKind kind, String parent, String name) {
    ImmutableOrgUnit.Builder unit = OrgUnit.builder().id(UnitId.of(id)).kind(kind).name(fr(name));
    if (parent != null) {
      unit.addParents(ParentLink.always(UnitId.of(parent)));
    }
    return unit;
  }

  public static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }
}
