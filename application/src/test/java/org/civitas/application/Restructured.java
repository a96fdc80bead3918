package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.restructuring.Handover;
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

  private Restructured() {}

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
