package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.commitment.Activity;
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

/** Records restructured over time, for the tests of history and of the structure's changes. */
final class Restructured {

  static final UnitId MSISF = UnitId.of("msisf");

  static final String FIRST_NAME =
      "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social";
  static final String NAME_2019 =
      "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
  static final String NAME_2021 =
      "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";

  static final String DPSV_2025 = "Direction de la protection de l’enfant vulnérable";

  /** The day the DAED merged into the DPA ({@link #togoLedgerMerged()}). */
  static final LocalDate MERGER = LocalDate.of(2024, 1, 1);

  /** The day the DAED was split ({@link #togoLedgerSplit()}). */
  static final LocalDate SPLIT = LocalDate.of(2025, 1, 1);

  /** The DAED's second commitment, which its split hands to nobody. */
  static final CommitmentId DAED_FOLLOW_UP = CommitmentId.of("upe-daed-suivi");

  private Restructured() {}

  /**
   * The Togolese ledger ({@link Ledger#togoWithCommitments()}) with the DAED's commitment at 80 %,
   * the DAED (under the DGPE) merged into the DPA (under the DGAS) on 1 January 2024 (made up for
   * the tests).
   */
  static Snapshot togoLedgerMerged() {
    return new Snapshot(
        Fixtures.togoUnits(),
        ImmutableList.of(),
        ImmutableList.of(
            Ledger.ledBy(Ledger.DGPE_COMMITMENT, "dgpe"),
            at(Ledger.ledBy(Ledger.DAED_COMMITMENT, "daed"), 80)),
        ImmutableList.of(
            Restructuring.Merge.of(
                ImmutableList.of(UnitId.of("daed"), UnitId.of("dpa")),
                UnitId.of("dpa"),
                PartialDate.of(MERGER))));
  }

  /**
   * The Togolese ledger with a second commitment of the DAED, the DAED split on 1 January 2025
   * between the DPSV and a directorate for child protection established that day under the DGAS
   * (made up for the tests): the split gives the DAED's attribution to the DPSV and its first
   * commitment (at 80 %) to the new directorate, and names not the second, left orphaned.
   */
  static Snapshot togoLedgerSplit() {
    UnitId daed = UnitId.of("daed");
    return new Snapshot(
        ImmutableList.<OrgUnit>builder()
            .addAll(Fixtures.togoUnits())
            .add(
                Fixtures.unit(
                        "dpe",
                        UnitKind.DIRECTORATE,
                        "dgas",
                        "Direction de la protection de l’enfant")
                    .lifetime(Period.from(PartialDate.of(SPLIT)))
                    .build())
            .build(),
        ImmutableList.of(),
        ImmutableList.of(
            Ledger.ledBy(Ledger.DGPE_COMMITMENT, "dgpe"),
            at(Ledger.ledBy(Ledger.DAED_COMMITMENT, "daed"), 80),
            at(Ledger.ledBy(DAED_FOLLOW_UP, "daed"), 10)),
        ImmutableList.of(
            Restructuring.Split.of(
                daed,
                ImmutableList.of(UnitId.of("dpsv"), UnitId.of("dpe")),
                Handover.NONE
                    .withAttributions(UnitId.of("dpsv"), List.of(new Holding.Attribution(daed, 0)))
                    .withCommitments(UnitId.of("dpe"), List.of(Ledger.DAED_COMMITMENT)),
                PartialDate.of(SPLIT))));
  }

  /** {@code commitment} with each of its activities at {@code progress}. */
  static Commitment at(Commitment commitment, double progress) {
    return ImmutableCommitment.copyOf(commitment)
        .withActivities(
            commitment.activities().stream()
                .map(
                    a ->
                        new Activity(
                            a.id(), a.title(), a.period(), a.status(), progress, a.weight()))
                .toList());
  }

  /**
   * The Moroccan ministry as first established, renamed with the governments of 9 October 2019 and
   * 7 October 2021, as examples/maroc-upe.yaml records it.
   */
  static Snapshot moroccanMinistry() {
    return new Snapshot(
        ImmutableList.of(Fixtures.unit("msisf", UnitKind.MINISTRY, null, FIRST_NAME).build()),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(
            new Restructuring.Rename(
                MSISF,
                Fixtures.fr(NAME_2019),
                Optional.empty(),
                PartialDate.ofDay(2019, 10, 9),
                Optional.empty(),
                Optional.of("Gouvernement du 9 octobre 2019")),
            new Restructuring.Rename(
                MSISF,
                Fixtures.fr(NAME_2021),
                Optional.of("MSISF"),
                PartialDate.ofDay(2021, 10, 7),
                Optional.empty(),
                Optional.of("Gouvernement du 7 octobre 2021"))));
  }

  /**
   * The Togolese ministry restructured (events made up for the tests): the directorate for the
   * elderly moved under the child protection directorate on 1 January 2024 by an order, a cell
   * established under the latter in June 2024 and dissolved at the end of that year, then the
   * directorate for children in difficulty merged into the directorate for the prevention of
   * vulnerability on 1 January 2025 by a decree, which gives the latter a new name that day.
   */
  static Snapshot togoMinistry() {
    ImmutableList<OrgUnit> units =
        ImmutableList.<OrgUnit>builder()
            .addAll(Fixtures.togoUnits())
            .add(
                Fixtures.unit(
                        "cellule-upe", UnitKind.CELL, "dgpe", "Cellule des unités de protection")
                    .lifetime(
                        Period.of(PartialDate.ofMonth(2024, 6), PartialDate.ofMonth(2024, 12)))
                    .build())
            .build();
    return new Snapshot(
        units,
        ImmutableList.of(),
        ImmutableList.of(),
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
                Fixtures.fr(DPSV_2025),
                Optional.empty(),
                PartialDate.ofYear(2025),
                Optional.of("Décret n° 2024-200"),
                Optional.empty())));
  }
}
