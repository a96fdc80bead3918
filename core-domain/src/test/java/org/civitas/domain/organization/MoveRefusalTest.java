package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;

import java.time.LocalDate;
import java.util.List;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** A move that would break the structure is refused, with the reason. */
class MoveRefusalTest {

  private static final UnitId MASSPF = UnitId.of("masspf");
  private static final UnitId SG = UnitId.of("sg");
  private static final UnitId DGAS = UnitId.of("dgas");
  private static final UnitId DGPE = UnitId.of("dgpe");
  private static final UnitId DPA = UnitId.of("dpa");
  private static final UnitId DGC = UnitId.of("dgc");
  private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

  private final OrgChart togo = togoMinistry();

  private static MoveRefusal refusal(MoveResult result) {
    assertThat(result).isInstanceOf(MoveResult.Refused.class);
    return ((MoveResult.Refused) result).reason();
  }

  @Test
  void a_unit_cannot_be_moved_under_its_own_descendant() {
    // given the DPA under the DGAS

    // when
    MoveResult result = togo.move(DGAS, DPA, DAY);

    // then
    assertThat(refusal(result)).isEqualTo(new MoveRefusal.WouldCreateCycle(DGAS, DPA));
    assertThat(refusal(result).message()).contains("'dgas'", "'dpa'");
  }

  @Test
  void a_unit_cannot_be_moved_under_itself() {
    // given
    // when
    MoveResult result = togo.move(DGAS, DGAS, DAY);

    // then
    assertThat(refusal(result)).isEqualTo(new MoveRefusal.WouldCreateCycle(DGAS, DGAS));
  }

  @Test
  void a_move_that_would_loop_once_a_later_change_takes_effect_is_refused() {
    // given the SG is to stand under the DGPE from 2026 on
    OrgChart planned =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(SG).orElseThrow())
                .withParents(
                    List.of(
                        new ParentLink(MASSPF, Period.until(PartialDate.parse("2025"))),
                        new ParentLink(DGPE, Period.from(PartialDate.parse("2026"))))));

    // when the DGPE is placed under the SG in 2024
    MoveResult result = planned.move(DGPE, SG, DAY);

    // then
    assertThat(refusal(result)).isEqualTo(new MoveRefusal.WouldCreateCycle(DGPE, SG));
  }

  @Test
  void an_unknown_unit_cannot_be_moved_nor_be_moved_under() {
    // given
    UnitId unknown = UnitId.of("direction-inconnue");

    // when
    MoveResult unknownUnit = togo.move(unknown, SG, DAY);
    MoveResult unknownParent = togo.move(DPA, unknown, DAY);

    // then
    assertThat(refusal(unknownUnit)).isEqualTo(new MoveRefusal.UnknownUnit(unknown));
    assertThat(refusal(unknownParent)).isEqualTo(new MoveRefusal.UnknownUnit(unknown));
  }

  @Test
  void a_dissolved_unit_cannot_be_moved_nor_be_moved_under() {
    // given the DGC dissolved in 2023
    OrgChart chart =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(DGC).orElseThrow())
                .withLifetime(Period.until(PartialDate.parse("2023"))));

    // when
    MoveResult deadUnit = chart.move(DGC, DGPE, DAY);
    MoveResult deadParent = chart.move(DPA, DGC, DAY);

    // then
    assertThat(refusal(deadUnit)).isEqualTo(new MoveRefusal.NotAlive(DGC, DAY));
    assertThat(refusal(deadParent)).isEqualTo(new MoveRefusal.NotAlive(DGC, DAY));
    assertThat(chart.move(DGC, DGPE, LocalDate.of(2023, 12, 31)))
        .isInstanceOf(MoveResult.Moved.class);
  }

  @Test
  void each_refusal_says_what_is_wrong_and_what_to_do_instead() {
    // given
    MoveRefusal unknown = new MoveRefusal.UnknownUnit(UnitId.of("direction-inconnue"));
    MoveRefusal dissolved = new MoveRefusal.NotAlive(DGC, DAY);
    MoveRefusal loop = new MoveRefusal.WouldCreateCycle(DGAS, DPA);

    // when / then
    assertThat(unknown.message()).isEqualTo("there is no unit 'direction-inconnue': check the id");
    assertThat(dissolved.message())
        .isEqualTo("unit 'dgc' does not exist on 2024-07-01: choose a date within its lifetime");
    assertThat(loop.message())
        .isEqualTo(
            "moving 'dgas' under 'dpa' would place it under itself: move 'dpa' out of its subtree"
                + " first");
  }
}
