package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * The Togolese ministry of {@link Fixtures#togo()} restructured, every event made up for the tests:
 * the directorate for the elderly moved under the child protection directorate on 1 January 2024 by
 * an order; a cell under the latter from June to December 2024; the directorate for children in
 * difficulty merged into the directorate for vulnerability on 1 January 2025 by a decree, which
 * renames the latter that day; the general secretariat split into two secretariats on 1 January
 * 2026, the first taking its attribution.
 */
final class Restructured {

  private Restructured() {}

  /**
   * {@link #togo()} with two commitments shaped like seed 004's (30 % and 40 %, 2024–2025): one led
   * by the directorate for children in difficulty, which passes with the merge of 2025 to the
   * directorate it merged into; one led by the general secretariat, which its split hands to no
   * unit.
   */
  static Snapshot togoWithCommitments() {
    Snapshot togo = togo();
    Commitment upe = Fixtures.upe().commitments().get(0);
    return new Snapshot(
        togo.units(),
        togo.strategies(),
        ImmutableList.of(
            ImmutableCommitment.copyOf(upe)
                .withId(CommitmentId.of("upe-daed"))
                .withLead(UnitId.of("daed")),
            ImmutableCommitment.copyOf(upe)
                .withId(CommitmentId.of("upe-sg"))
                .withLead(UnitId.of("sg"))),
        togo.restructurings());
  }

  static Snapshot togo() {
    Snapshot togo = Fixtures.togo();
    ImmutableList<OrgUnit> units =
        ImmutableList.<OrgUnit>builder()
            .addAll(togo.units())
            .add(
                Fixtures.unit(
                        "cellule-upe", UnitKind.CELL, "dgpe", "Cellule des unités de protection")
                    .lifetime(
                        Period.of(PartialDate.ofMonth(2024, 6), PartialDate.ofMonth(2024, 12)))
                    .build(),
                Fixtures.unit(
                        "sg-administratif",
                        UnitKind.GENERAL_SECRETARIAT,
                        "masspf",
                        "Secrétariat administratif")
                    .lifetime(Period.from(PartialDate.ofDay(2026, 1, 1)))
                    .build(),
                Fixtures.unit(
                        "sg-technique",
                        UnitKind.GENERAL_SECRETARIAT,
                        "masspf",
                        "Secrétariat technique")
                    .lifetime(Period.from(PartialDate.ofDay(2026, 1, 1)))
                    .build())
            .build();
    UnitId sg = UnitId.of("sg");
    return new Snapshot(
        units,
        togo.strategies(),
        togo.commitments(),
        ImmutableList.of(
            new Restructuring.Move(
                UnitId.of("dpa"),
                UnitId.of("dgpe"),
                PartialDate.ofDay(2024, 1, 1),
                Optional.of("Arrêté n° 2023-101"),
                Optional.empty()),
            new Restructuring.Merge(
                ImmutableList.of(UnitId.of("dpsv"), UnitId.of("daed")),
                UnitId.of("dpsv"),
                Handover.NONE,
                PartialDate.ofYear(2025),
                Optional.of("Décret n° 2024-200"),
                Optional.empty()),
            new Restructuring.Rename(
                UnitId.of("dpsv"),
                Fixtures.fr("Direction de la protection de l’enfant vulnérable"),
                Optional.of("DPEV"),
                PartialDate.ofYear(2025),
                Optional.of("Décret n° 2024-200"),
                Optional.empty()),
            new Restructuring.Split(
                sg,
                ImmutableList.of(UnitId.of("sg-administratif"), UnitId.of("sg-technique")),
                Handover.NONE.withAttributions(
                    UnitId.of("sg-administratif"), List.of(new Holding.Attribution(sg, 0))),
                PartialDate.ofDay(2026, 1, 1),
                Optional.empty(),
                Optional.of("Réorganisation du secrétariat"))));
  }
}
