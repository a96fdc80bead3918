package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.Fixtures.replacing;
import static org.civitas.domain.Fixtures.togoMinistry;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** Moving a unit under another parent from a date on: a new chart and the event that records it. */
class MoveUnitTest {

  private static final UnitId MASSPF = UnitId.of("masspf");
  private static final UnitId SG = UnitId.of("sg");
  private static final UnitId DPSSE = UnitId.of("dpsse");
  private static final UnitId DGAS = UnitId.of("dgas");
  private static final LocalDate FIRST_OF_JULY = LocalDate.of(2024, 7, 1);

  private final OrgChart togo = togoMinistry();

  @Test
  void the_unit_stands_under_its_new_parent_from_the_date_on() {
    // given the planning directorate under the ministry

    // when it is placed under the SG on 1 July 2024
    MoveResult result = togo.move(DPSSE, SG, FIRST_OF_JULY);

    // then
    assertThat(result).isInstanceOf(MoveResult.Moved.class);
    OrgChart moved = ((MoveResult.Moved) result).chart();
    assertThat(moved.on(FIRST_OF_JULY.minusDays(1)).parent(DPSSE)).contains(MASSPF);
    assertThat(moved.on(FIRST_OF_JULY).parent(DPSSE)).contains(SG);
    assertThat(moved.on(LocalDate.of(2030, 1, 1)).parent(DPSSE)).contains(SG);
  }

  @Test
  void the_former_link_ends_the_day_before_and_the_new_one_is_open() {
    // given
    // when
    MoveResult result = togo.move(DPSSE, SG, FIRST_OF_JULY);

    // then
    OrgUnit dpsse = ((MoveResult.Moved) result).chart().unit(DPSSE).orElseThrow();
    assertThat(dpsse.parents())
        .containsExactly(
            new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06-30"))),
            new ParentLink(SG, Period.from(PartialDate.parse("2024-07-01"))));
    assertThat(dpsse.parent()).contains(SG);
  }

  @Test
  void the_move_is_recorded_with_the_previous_parent() {
    // given
    // when
    MoveResult result = togo.move(DPSSE, SG, FIRST_OF_JULY);

    // then
    assertThat(((MoveResult.Moved) result).event())
        .isEqualTo(new UnitMoved(DPSSE, Optional.of(MASSPF), SG, FIRST_OF_JULY));
  }

  @Test
  void moving_a_root_records_that_it_had_no_parent() {
    // given the ministry, a root, and a unit outside it
    OrgUnit government =
        OrgUnit.builder()
            .id(UnitId.of("gouvernement"))
            .kind(UnitKind.GOVERNMENT)
            .name(fr("Gouvernement de la République togolaise"))
            .build();
    OrgChart chart =
        OrgChart.of(ImmutableList.<OrgUnit>builder().add(government).addAll(togo.units()).build());

    // when
    MoveResult result = chart.move(MASSPF, government.id(), FIRST_OF_JULY);

    // then
    MoveResult.Moved moved = (MoveResult.Moved) result;
    assertThat(moved.event())
        .isEqualTo(new UnitMoved(MASSPF, Optional.empty(), government.id(), FIRST_OF_JULY));
    assertThat(moved.chart().on(FIRST_OF_JULY).roots()).containsExactly(government.id());
    assertThat(moved.chart().on(FIRST_OF_JULY.minusDays(1)).roots())
        .containsExactly(government.id(), MASSPF);
  }

  @Test
  void the_chart_it_was_asked_of_is_left_as_it_was() {
    // given
    // when
    togo.move(DPSSE, SG, FIRST_OF_JULY);

    // then
    assertThat(togo.on(FIRST_OF_JULY).parent(DPSSE)).contains(MASSPF);
    assertThat(togo.unit(DPSSE).orElseThrow().parents()).containsExactly(ParentLink.always(MASSPF));
  }

  @Test
  void a_unit_moved_again_keeps_its_past_links_and_its_current_one_ends_the_day_before() {
    // given the planning directorate under the ministry until June 2024, under the SG since
    OrgChart chart =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(DPSSE).orElseThrow())
                .withParents(
                    new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06"))),
                    new ParentLink(SG, Period.from(PartialDate.parse("2024-07")))));

    // when it is placed under the DGAS on 1 January 2025
    MoveResult result = chart.move(DPSSE, DGAS, LocalDate.of(2025, 1, 1));

    // then
    assertThat(((MoveResult.Moved) result).chart().unit(DPSSE).orElseThrow().parents())
        .containsExactly(
            new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06"))),
            new ParentLink(
                SG, Period.of(PartialDate.parse("2024-07"), PartialDate.parse("2024-12-31"))),
            new ParentLink(DGAS, Period.from(PartialDate.parse("2025-01-01"))));
  }

  @Test
  void a_link_planned_from_the_move_day_on_is_replaced_by_the_move() {
    // given the planning directorate to stand under the SG from 2025 on
    OrgChart chart =
        replacing(
            togo,
            ImmutableOrgUnit.copyOf(togo.unit(DPSSE).orElseThrow())
                .withParents(
                    new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-12"))),
                    new ParentLink(SG, Period.from(PartialDate.parse("2025")))));

    // when it is placed under the DGAS on 1 July 2024 instead
    MoveResult result = chart.move(DPSSE, DGAS, FIRST_OF_JULY);

    // then
    assertThat(((MoveResult.Moved) result).chart().unit(DPSSE).orElseThrow().parents())
        .containsExactly(
            new ParentLink(MASSPF, Period.until(PartialDate.parse("2024-06-30"))),
            new ParentLink(DGAS, Period.from(PartialDate.parse("2024-07-01"))));
  }
}
