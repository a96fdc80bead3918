package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;

/** Datasets that read like the seeds, as files and as the domain objects they hold. */
final class Fixtures {

  private Fixtures() {}

  static DatasetSource resource(String name) {
    return DatasetSource.of(name, bytes(name));
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DatasetSource yaml(String name, String text) {
    return DatasetSource.of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }

  /** The units of {@code togo-masspf-fragment.yaml} (and its JSON twin). */
  static Snapshot togoFragment() {
    UnitId masspf = UnitId.of("masspf");
    OrgUnit ministry =
        OrgUnit.builder()
            .id(masspf)
            .kind(UnitKind.MINISTRY)
            .name(
                fr(
                    "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la"
                        + " femme"))
            .territory(new Territory(TerritoryLevel.NATIONAL, fr("Togo")))
            .build();
    OrgUnit secretariat =
        OrgUnit.builder()
            .id(UnitId.of("sg"))
            .kind(UnitKind.GENERAL_SECRETARIAT)
            .name(fr("Secrétariat général"))
            .addParents(ParentLink.always(masspf))
            .addPosts(Post.vacant(fr("Secrétaire général"), PostRole.HEAD))
            .mandate(
                new Mandate(
                    Optional.empty(),
                    false,
                    ImmutableList.of(
                        Attribution.of(
                            fr(
                                "coordonner le fonctionnement des services techniques du"
                                    + " ministère")),
                        new Attribution(
                            fr(
                                "assurer la coordination de l’élaboration du projet de budget du"
                                    + " département et suivre son exécution"),
                            ImmutableList.of("budget")))))
            .build();
    OrgUnit planning =
        OrgUnit.builder()
            .id(UnitId.of("dpsse"))
            .kind(UnitKind.DIRECTORATE)
            .name(fr("Direction de la planification des statistiques et du suivi-évaluation"))
            .addParents(ParentLink.always(masspf))
            .mandate(
                exhaustive(
                    "soutenir le secrétariat général dans ses missions de coordination, de"
                        + " planification, de suivi-évaluation des activités du ministère"))
            .addLinks(new UnitLink(LinkType.ATTACHED_TO, UnitId.of("sg")))
            .build();
    OrgUnit regional =
        OrgUnit.builder()
            .id(UnitId.of("drasspf"))
            .kind(UnitKind.REGIONAL_DIRECTORATE)
            .name(
                fr(
                    "Directions régionales de l'action sociale, de la solidarité et de la promotion"
                        + " de la femme"))
            .addParents(ParentLink.always(masspf))
            .mandate(
                exhaustive(
                    "assurer les missions dévolues au ministère dans leur ressort territorial"))
            .build();
    return new Snapshot(
        ImmutableList.of(ministry, secretariat, planning, regional),
        ImmutableList.of(),
        ImmutableList.of());
  }

  private static Mandate exhaustive(String attribution) {
    return new Mandate(Optional.empty(), true, ImmutableList.of(Attribution.of(fr(attribution))));
  }

  /** What {@code msisf-upe-commitment.yaml} holds. */
  static Snapshot upeCommitment() {
    UnitId msisf = UnitId.of("msisf");
    OrgUnit ministry =
        OrgUnit.builder()
            .id(msisf)
            .kind(UnitKind.MINISTRY)
            .name(
                LocalizedText.of(
                    ImmutableMap.of(
                        "fr", "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
                        "ar", "وزارة التضامن والإدماج الاجتماعي والأسرة")))
            .acronym("MSISF")
            .build();
    OrgUnit entraide =
        OrgUnit.builder()
            .id(UnitId.of("entraide-nationale"))
            .kind(UnitKind.AGENCY)
            .name(fr("Entraide Nationale"))
            .addParents(ParentLink.always(msisf))
            .lifetime(Period.from(PartialDate.ofYear(1957)))
            .build();
    Strategy gissr =
        Strategy.builder()
            .id(StrategyId.of("gissr"))
            .title(fr("GISSR : un pont vers un développement social inclusif, innovant et durable"))
            .owner(msisf)
            .period(Period.of(PartialDate.ofYear(2022), PartialDate.ofYear(2026)))
            .addAxes(
                new Axis(
                    ElementId.of("axe-2"),
                    AxisKind.STRATEGIC,
                    OptionalInt.of(2),
                    fr("Protection de l’enfance"),
                    ImmutableList.of(
                        new Objective(
                            ElementId.of("axe-2-1"),
                            OptionalInt.empty(),
                            fr(
                                "Généraliser les dispositifs territoriaux intégrés de protection de"
                                    + " l’enfance"),
                            ImmutableList.of(
                                new Action(
                                    ElementId.of("axe-2-1-a"),
                                    fr("Appuyer la création des unités de protection de l’enfance"),
                                    ImmutableList.of(msisf)))))))
            .build();
    Period twoYears = Period.of(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 12));
    Commitment upe =
        Commitment.builder()
            .id(CommitmentId.of("upe"))
            .title(fr("Appui aux associations pour créer les unités de protection de l'enfance"))
            .lead(msisf)
            .addContributors(UnitId.of("entraide-nationale"))
            .addPartners(
                new Partner(
                    fr("Associations porteuses des 41 projets UPE"), PartnerType.ASSOCIATION))
            .period(twoYears)
            .expectedResult(
                fr(
                    "L'implication des associations d’appui des unités de protection de l'enfance"
                        + " dans la mise en\n"
                        + "œuvre des dispositifs territoriaux intégrés pour la protection de"
                        + " l’enfance."))
            .addContributesTo(ElementRef.parse("gissr/axe-2"))
            .addIndicators(
                new Indicator(
                    IndicatorId.of("rapports"),
                    IndicatorKind.MONITORING,
                    fr("Nombre de rapports publiés dans les délais impartis"),
                    Optional.of("count"),
                    Direction.INCREASE,
                    Optional.of(new Measurement(PartialDate.ofMonth(2024, 1), BigDecimal.ZERO)),
                    Optional.of(
                        new Measurement(PartialDate.ofMonth(2025, 12), BigDecimal.valueOf(8))),
                    ImmutableList.of(
                        new Measurement(PartialDate.ofDay(2024, 12, 31), new BigDecimal("3.5")))),
                new Indicator(
                    IndicatorId.of("enfants"),
                    IndicatorKind.IMPACT,
                    fr(
                        "Nombre d'enfants bénéficiant des services des unités de protection de"
                            + " l'enfance"),
                    Optional.empty(),
                    Direction.INCREASE,
                    Optional.empty(),
                    Optional.empty(),
                    ImmutableList.of()))
            .addActivities(
                new Activity(
                    ActivityId.of("suivi"),
                    fr(
                        "Suivi de l’appui à la mise en place des unités de protection de l'enfance"
                            + " selon les procédures du partenariat entre le Ministère et les"
                            + " associations de la société civile"),
                    twoYears,
                    ActivityStatus.IN_PROGRESS,
                    30,
                    1),
                new Activity(
                    ActivityId.of("formation"),
                    fr(
                        "Organisation des sessions de formation pour le renforcement des capacités"
                            + " des travailleurs sociaux des unités de protection de l'enfance"),
                    twoYears,
                    ActivityStatus.IN_PROGRESS,
                    40,
                    1))
            .build();
    return new Snapshot(
        ImmutableList.of(ministry, entraide), ImmutableList.of(gissr), ImmutableList.of(upe));
  }

  /**
   * A reader that checks the format alone: the codec's findings are then all there is, whatever the
   * snapshot rules would add.
   */
  static DatasetReader formatOnlyReader() {
    return new DatasetReader(DatasetLimits.DEFAULT, snapshot -> List.of());
  }

  /** The findings of the format and of the values, leaving out those of the snapshot rules. */
  static List<Finding> formatFindings(DatasetReading reading) {
    return reading.findings().stream()
        .map(DatasetFinding::finding)
        .filter(f -> f.rule().scope() != Rule.Scope.SNAPSHOT)
        .toList();
  }

  /** The codes, paths and lines of findings, to compare in one assertion. */
  static List<String> where(DatasetReading reading) {
    return reading.findings().stream()
        .map(
            f ->
                f.finding().code()
                    + " "
                    + f.finding().path()
                    + " @"
                    + f.finding().line().orElse(-1))
        .toList();
  }
}
