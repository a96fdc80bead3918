package org.civitas.domain.restructuring;

import static org.civitas.domain.Fixtures.action;
import static org.civitas.domain.Fixtures.axis;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.Fixtures.objective;
import static org.civitas.domain.Fixtures.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Part of the Togolese ministry of seed 000, to restructure: two directions générales with their
 * mandates, a directorate under the first, a commitment led by the second with the first
 * contributing, and a strategy owned by the first. The dates and the new unit are made up for the
 * tests; the seed gives none.
 */
public final class RestructuringFixtures {

  public static final UnitId MASSPF = UnitId.of("masspf");
  public static final UnitId DGAS = UnitId.of("dgas");
  public static final UnitId DGPE = UnitId.of("dgpe");
  public static final UnitId DPA = UnitId.of("dpa");
  public static final UnitId DGC = UnitId.of("dgc");

  /** Established on {@link #REFORM}, to take over from others. */
  public static final UnitId DGSPE = UnitId.of("dgspe");

  public static final CommitmentId UPE = CommitmentId.of("upe");
  public static final StrategyId POLE_SOCIAL = StrategyId.of("pole-social-4-4");
  public static final ElementRef ACTION = ElementRef.parse("pole-social-4-4/axe-1-1-a");

  /** The day of the restructurings of the tests. */
  public static final LocalDate REFORM = LocalDate.of(2025, 1, 1);

  public static final PartialDate REFORM_DAY = PartialDate.of(REFORM);

  private RestructuringFixtures() {}

  public static OrgUnit masspf() {
    return OrgUnit.builder()
        .id(MASSPF)
        .kind(UnitKind.MINISTRY)
        .name(
            fr(
                "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la"
                    + " femme"))
        .build();
  }

  public static OrgUnit dgas() {
    return unit(
        DGAS,
        UnitKind.GENERAL_DIRECTORATE,
        MASSPF,
        "Direction générale de l’action sociale",
        "élaborer la politique nationale d’action sociale",
        "coordonner les interventions sociales",
        "suivre les personnes âgées");
  }

  public static OrgUnit dgpe() {
    return unit(
        DGPE,
        UnitKind.GENERAL_DIRECTORATE,
        MASSPF,
        "Direction générale de la protection de l’enfance",
        "élaborer la politique de protection de l’enfance",
        "suivre les enfants en difficulté");
  }

  public static OrgUnit dpa() {
    return unit(DPA, UnitKind.DIRECTORATE, DGAS, "Direction des personnes âgées");
  }

  public static OrgUnit dgc() {
    return unit(DGC, UnitKind.DIRECTORATE, DGAS, "Direction de la gestion des catastrophes");
  }

  public static OrgUnit dgspe() {
    return ImmutableOrgUnit.copyOf(
            unit(
                DGSPE,
                UnitKind.GENERAL_DIRECTORATE,
                MASSPF,
                "Direction générale de la solidarité et de la protection de l’enfance"))
        .withLifetime(Period.from(REFORM_DAY));
  }

  public static OrgUnit unit(
      UnitId id, UnitKind kind, UnitId parent, String name, String... attributions) {
    ImmutableOrgUnit.Builder unit =
        OrgUnit.builder().id(id).kind(kind).name(fr(name)).addParents(ParentLink.always(parent));
    if (attributions.length > 0) {
      unit.mandate(
          new Mandate(
              Optional.empty(),
              true,
              Arrays.stream(attributions)
                  .map(text -> Attribution.of(fr(text)))
                  .collect(ImmutableList.toImmutableList())));
    }
    return unit.build();
  }

  public static Commitment upe() {
    return Commitment.builder()
        .id(UPE)
        .title(fr("Appui aux associations pour créer les unités de protection de l’enfance"))
        .lead(DGPE)
        .addContributors(DGAS)
        .period(Period.of(PartialDate.parse("2024-01"), PartialDate.parse("2027-12")))
        .build();
  }

  public static Strategy poleSocial() {
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
                        "dgas",
                        "dgpe"))))
        .withOwner(DGAS);
  }

  /** The ministry, its units, the commitment and the strategy, with {@code restructurings}. */
  public static Snapshot ministry(Restructuring... restructurings) {
    return new Snapshot(
        ImmutableList.of(masspf(), dgas(), dgpe(), dpa(), dgc(), dgspe()),
        ImmutableList.of(poleSocial()),
        ImmutableList.of(upe()),
        ImmutableList.copyOf(restructurings));
  }

  public static Holding.Attribution attribution(UnitId unit, int index) {
    return new Holding.Attribution(unit, index);
  }

  public static ImmutableList<UnitId> units(UnitId... ids) {
    return ImmutableList.copyOf(ids);
  }
}
