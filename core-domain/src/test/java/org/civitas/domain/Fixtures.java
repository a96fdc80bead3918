package org.civitas.domain;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.AxisKind;
import org.civitas.domain.strategy.ElementId;
import org.civitas.domain.strategy.ImmutableStrategy;
import org.civitas.domain.strategy.Objective;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/** The seeds as domain values, so that tests read like the ministries' own pages. */
public final class Fixtures {

  private Fixtures() {}

  /** One unit a line: id, kind, parent (— for none) and name, in columns two spaces apart. */
  private static final String TOGO_MINISTRY =
      """
      masspf                            ministry              —       Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme
      sg                                general-secretariat   masspf  Secrétariat général
      daaf                              directorate           masspf  Direction des affaires administratives et financières
      dpsse                             directorate           masspf  Direction de la planification des statistiques et du suivi-évaluation
      dgas                              general-directorate   masspf  Direction générale de l’action sociale
      dpa                               directorate           dgas    Direction des personnes âgées
      dpph                              directorate           dgas    Direction de la protection et de la promotion des personnes handicapées
      dgc                               directorate           dgas    Direction de la gestion des catastrophes
      dgpe                              general-directorate   masspf  Direction générale de la protection de l’enfance
      dpsv                              directorate           dgpe    Direction de la prévention des situations de vulnérabilité
      daed                              directorate           dgpe    Direction d’assistance à l’enfant en difficulté
      dggpf                             general-directorate   masspf  Direction générale du genre et de la promotion de la femme
      dgdf                              directorate           dggpf   Direction du genre et des droits de la femme
      dcpaef                            directorate           dggpf   Direction de la coopération et de la promotion des activités économiques de la femme
      dfejf                             directorate           dggpf   Direction de la famille, de l’éducation et de la formation de la jeune fille
      dgaenf                            general-directorate   masspf  Direction générale de l’alphabétisation et de l’éducation non formelle
      dafa                              directorate           dgaenf  Direction de l’alphabétisation et de la formation des adultes
      denfa                             directorate           dgaenf  Direction de l’éducation non formelle des adolescents
      drasspf                           regional-directorate  masspf  Directions régionales de l’action sociale, de la solidarité et de la promotion de la femme
      ss-tribunaux                      social-service        masspf  Services sociaux près les tribunaux
      ss-formations-sanitaires          social-service        masspf  Services sociaux près les formations sanitaires
      ss-brigades-mineurs               social-service        masspf  Services sociaux près les brigades pour mineurs
      ss-etablissements-penitentiaires  social-service        masspf  Services sociaux près les établissements pénitentiaires
      """;

  /**
   * The units of the Togolese ministry of seed 000 (« Fonctionnement du Ministère »), as in {@code
   * examples/togo-masspf.yaml} without their mandates: the administration centrale and the services
   * extérieurs under the ministry, each direction générale with its directions. The seed gives no
   * date, so each unit lives and sits under its parent for all time.
   */
  public static OrgChart togoMinistry() {
    return OrgChart.of(units(TOGO_MINISTRY));
  }

  private static List<OrgUnit> units(String table) {
    return table
        .lines()
        .map(line -> line.split(" {2,}", 4))
        .<OrgUnit>map(
            column -> {
              var unit =
                  OrgUnit.builder()
                      .id(UnitId.of(column[0]))
                      .kind(UnitKind.fromCode(column[1]).orElseThrow())
                      .name(fr(column[3]));
              if (!column[2].equals("—")) {
                unit.addParents(ParentLink.always(UnitId.of(column[2])));
              }
              return unit.build();
            })
        .toList();
  }

  /**
   * The open-government commitment of seed 004 on the units of protection of children, led by the
   * Moroccan MSISF: two activities from January 2024 to December 2025, in progress at 30% and 40%,
   * each of weight 1. The page gives its period as « Janvier 1970 – Janvier 1970 », a system
   * default kept as written; its indicators have no figures.
   */
  public static ImmutableCommitment upeCommitment() {
    return Commitment.builder()
        .id(CommitmentId.of("upe"))
        .title(fr("Appui aux associations pour créer les unités de protection de l’enfance"))
        .lead(UnitId.of("msisf"))
        .addPartners(
            new Partner(fr("Associations porteuses des 41 projets UPE"), PartnerType.ASSOCIATION))
        .period(period("1970-01", "1970-01"))
        .addIndicators(
            indicator(
                "rapports",
                IndicatorKind.MONITORING,
                "Nombre de rapports publiés dans les délais impartis"),
            indicator(
                "formations",
                IndicatorKind.MONITORING,
                "Nombre de formations organisées pour les personnels des unités de protection de"
                    + " l’enfance"),
            indicator(
                "personnels-formes",
                IndicatorKind.MONITORING,
                "Nombre de personnels des unités de protection de l’enfance qui bénéficient de"
                    + " formations"),
            indicator(
                "enfants-beneficiaires",
                IndicatorKind.IMPACT,
                "Nombre d’enfants bénéficiant des services des unités de protection de l’enfance"))
        .addActivities(
            activity(
                "suivi",
                "Suivi de l’appui à la mise en place des unités de protection de l’enfance selon"
                    + " les procédures du partenariat entre le Ministère et les associations de la"
                    + " société civile",
                "2024-01",
                "2025-12",
                ActivityStatus.IN_PROGRESS,
                30,
                1),
            activity(
                "formation",
                "Organisation des sessions de formation pour le renforcement des capacités des"
                    + " travailleurs sociaux des unités de protection de l’enfance",
                "2024-01",
                "2025-12",
                ActivityStatus.IN_PROGRESS,
                40,
                1))
        .build();
  }

  public static Action action(String id, String text, String... owners) {
    return new Action(
        ElementId.of(id),
        fr(text),
        Arrays.stream(owners).map(UnitId::of).collect(ImmutableList.toImmutableList()));
  }

  public static Objective objective(String id, int number, String title, Action... actions) {
    return new Objective(
        ElementId.of(id), OptionalInt.of(number), fr(title), ImmutableList.copyOf(actions));
  }

  public static Axis axis(String id, int number, String title, Objective... objectives) {
    return new Axis(
        ElementId.of(id),
        AxisKind.STRATEGIC,
        OptionalInt.of(number),
        fr(title),
        ImmutableList.copyOf(objectives));
  }

  public static ImmutableStrategy strategy(String id, String title, Axis... axes) {
    return Strategy.builder().id(StrategyId.of(id)).title(fr(title)).addAxes(axes).build();
  }

  /**
   * The first axis of the « stratégie 4+4 », owned by sg, its two first objectives with one owned
   * action each.
   */
  public static ImmutableStrategy poleSocial() {
    return strategy(
            "pole-social-4-4",
            "Stratégie du pôle Social 4+4",
            axis(
                "axe-1",
                1,
                "Appui institutionnel et renforcement au pôle social",
                objective(
                    "axe-1-1",
                    1,
                    "Restructuration des composantes du Pôle social",
                    action(
                        "axe-1-1-a",
                        "Préparer un nouveau projet de restructuration du Ministère",
                        "sg")),
                objective(
                    "axe-1-2",
                    2,
                    "Unification du Pôle social sur une base de la complémentarité",
                    action(
                        "axe-1-2-a",
                        "Préparer un cadre contractuel entre les composantes du Pôle social",
                        "sg",
                        "daaf"))))
        .withOwner(UnitId.of("sg"));
  }

  /** {@code chart} with {@code changed} in place of the unit that has its id. */
  public static OrgChart replacing(OrgChart chart, OrgUnit changed) {
    return OrgChart.of(
        chart.units().stream().map(u -> u.id().equals(changed.id()) ? changed : u).toList());
  }

  public static Activity activity(
      String id,
      String title,
      String start,
      String end,
      ActivityStatus status,
      double progress,
      double weight) {
    return new Activity(ActivityId.of(id), fr(title), period(start, end), status, progress, weight);
  }

  public static Period period(String start, String end) {
    return Period.of(PartialDate.parse(start), PartialDate.parse(end));
  }

  public static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }

  private static Indicator indicator(String id, IndicatorKind kind, String name) {
    return new Indicator(
        IndicatorId.of(id),
        kind,
        fr(name),
        Optional.empty(),
        Direction.INCREASE,
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of());
  }
}
