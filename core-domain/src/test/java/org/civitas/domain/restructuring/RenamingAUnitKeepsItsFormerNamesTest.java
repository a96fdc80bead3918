package org.civitas.domain.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The Moroccan ministry of seeds 001 and 004, renamed with the governments of 9 October 2019 and 7
 * October 2021: one unit that bears each name over its own days.
 */
class RenamingAUnitKeepsItsFormerNamesTest {

  private static final UnitId MINISTRY = UnitId.of("msisf");
  private static final String MSSFDS =
      "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social";
  private static final String MSDSEF =
      "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
  private static final String MSISF =
      "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";

  private static Snapshot renamedTwice() {
    OrgUnit ministry =
        OrgUnit.builder().id(MINISTRY).kind(UnitKind.MINISTRY).name(fr(MSSFDS)).build();
    return new Snapshot(
        ImmutableList.of(ministry),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(
            Restructuring.Rename.of(
                MINISTRY, fr(MSDSEF), Optional.empty(), PartialDate.parse("2019-10-09")),
            Restructuring.Rename.of(
                MINISTRY, fr(MSISF), Optional.of("MSISF"), PartialDate.parse("2021-10-07"))));
  }

  @Test
  void each_name_is_borne_from_its_date_until_the_day_before_the_next() {
    // given
    Snapshot snapshot = renamedTwice();

    // when
    OrgUnit ministry = snapshot.chart().unit(MINISTRY).orElseThrow();

    // then
    assertThat(ministry.names())
        .containsExactly(
            new DatedName(
                fr(MSSFDS), Optional.empty(), Period.until(PartialDate.parse("2019-10-08"))),
            new DatedName(
                fr(MSDSEF),
                Optional.empty(),
                Period.of(PartialDate.parse("2019-10-09"), PartialDate.parse("2021-10-06"))),
            new DatedName(
                fr(MSISF), Optional.of("MSISF"), Period.from(PartialDate.parse("2021-10-07"))));
    assertThat(ministry.name()).isEqualTo(fr(MSISF));
    assertThat(ministry.acronym()).contains("MSISF");
  }

  @Test
  void the_structure_of_a_day_names_the_unit_as_it_was_named_that_day() {
    // given
    Snapshot snapshot = renamedTwice();

    // when
    OrgUnit ministry = snapshot.chart().on(LocalDate.of(2020, 6, 1)).unit(MINISTRY).orElseThrow();

    // then
    assertThat(ministry.labelOn(LocalDate.of(2019, 1, 1))).isEqualTo(MSSFDS);
    assertThat(ministry.labelOn(LocalDate.of(2019, 10, 8))).isEqualTo(MSSFDS);
    assertThat(ministry.labelOn(LocalDate.of(2019, 10, 9))).isEqualTo(MSDSEF);
    assertThat(ministry.labelOn(LocalDate.of(2020, 6, 1))).isEqualTo(MSDSEF);
    assertThat(ministry.labelOn(LocalDate.of(2021, 10, 7))).isEqualTo("MSISF — " + MSISF);
    assertThat(ministry.labelOn(LocalDate.of(2026, 11, 22))).isEqualTo("MSISF — " + MSISF);
    assertThat(ministry.nameOn(LocalDate.of(2020, 6, 1)).acronym()).isEmpty();
  }

  @Test
  void a_unit_never_renamed_bears_one_name_over_its_whole_life() {
    // given
    OrgUnit dgas = RestructuringFixtures.dgspe();

    // when
    ImmutableList<DatedName> names = dgas.names();

    // then
    assertThat(names)
        .containsExactly(new DatedName(dgas.name(), Optional.empty(), dgas.lifetime()));
    assertThat(dgas.labelOn(LocalDate.of(1990, 1, 1))).isEqualTo(dgas.label());
  }

  @Test
  void a_unit_asked_after_its_end_keeps_its_last_name() {
    // given a unit renamed, then dissolved
    OrgUnit renamed =
        RestructuringFixtures.dgpe()
            .renamed(fr("Direction de l’enfance"), Optional.of("DE"), LocalDate.of(2020, 1, 1))
            .endedOn(LocalDate.of(2022, 12, 31));

    // when
    String label = renamed.labelOn(LocalDate.of(2030, 1, 1));

    // then
    assertThat(label).isEqualTo("DE — Direction de l’enfance");
  }

  @Test
  void a_second_rename_on_the_same_day_replaces_the_first() {
    // given
    LocalDate day = LocalDate.of(2019, 10, 9);
    OrgUnit ministry =
        OrgUnit.builder().id(MINISTRY).kind(UnitKind.MINISTRY).name(fr(MSSFDS)).build();

    // when
    OrgUnit renamed =
        ministry
            .renamed(fr("Nom provisoire"), Optional.empty(), day)
            .renamed(fr(MSDSEF), Optional.empty(), day);

    // then
    assertThat(renamed.names()).extracting(DatedName::name).containsExactly(fr(MSSFDS), fr(MSDSEF));
    assertThat(renamed.formerNames()).hasSize(1);
  }

  @Test
  void the_first_name_runs_from_the_establishment_of_the_unit() {
    // given a unit established in 2016
    OrgUnit ministry =
        OrgUnit.builder()
            .id(MINISTRY)
            .kind(UnitKind.MINISTRY)
            .name(fr(MSSFDS))
            .lifetime(Period.from(PartialDate.parse("2016")))
            .build();

    // when
    OrgUnit renamed = ministry.renamed(fr(MSDSEF), Optional.empty(), LocalDate.of(2019, 10, 9));

    // then
    assertThat(renamed.names().get(0).period())
        .isEqualTo(Period.of(PartialDate.parse("2016"), PartialDate.parse("2019-10-08")));
    assertThat(renamed.names().get(1).isBorneOn(LocalDate.of(2019, 10, 9))).isTrue();
    assertThat(renamed.names().get(0).isBorneOn(LocalDate.of(2019, 10, 9))).isFalse();
  }

  @Test
  void a_rename_on_the_day_the_unit_is_established_is_refused() {
    // given a unit established on 1 January 2025, renamed that day
    Snapshot snapshot =
        RestructuringFixtures.ministry(
            Restructuring.Rename.of(
                RestructuringFixtures.DGSPE,
                fr("Direction générale de la solidarité"),
                Optional.empty(),
                RestructuringFixtures.REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals())
        .singleElement()
        .satisfies(
            refused ->
                assertThat(refused.reasons())
                    .containsExactly(
                        new RestructuringRefusal.NotAlive(
                            RestructuringFixtures.DGSPE, LocalDate.of(2024, 12, 31), "unit")));
    assertThat(replay.chart().unit(RestructuringFixtures.DGSPE).orElseThrow().formerNames())
        .isEmpty();
  }

  @Test
  void renaming_a_unit_the_record_does_not_hold_is_refused() {
    // given
    UnitId unknown = UnitId.of("direction-inconnue");
    Snapshot snapshot =
        RestructuringFixtures.ministry(
            Restructuring.Rename.of(
                unknown, fr("Direction"), Optional.empty(), RestructuringFixtures.REFORM_DAY));

    // when
    Replay replay = snapshot.replay();

    // then
    assertThat(replay.refusals().get(0).reasons())
        .containsExactly(new RestructuringRefusal.UnknownUnit(unknown, "unit"));
    assertThat(replay.applied()).isEmpty();
  }
}
