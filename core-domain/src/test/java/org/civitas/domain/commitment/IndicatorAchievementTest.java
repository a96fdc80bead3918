package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.civitas.domain.time.PartialDate;
import org.junit.jupiter.api.Test;

/** How far an indicator has gone from its baseline towards its target, in percent. */
class IndicatorAchievementTest {

  private static Measurement at(String date, String value) {
    return new Measurement(PartialDate.parse(date), new BigDecimal(value));
  }

  private static Indicator indicator(
      Direction direction,
      Optional<Measurement> baseline,
      Optional<Measurement> target,
      Measurement... measured) {
    return new Indicator(
        IndicatorId.of("rapports"),
        IndicatorKind.MONITORING,
        fr("Nombre de rapports publiés dans les délais impartis"),
        Optional.of("count"),
        direction,
        baseline,
        target,
        ImmutableList.copyOf(measured));
  }

  /** 0 reports in January 2024, 8 wanted by December 2025. */
  private static Indicator reports(Measurement... measured) {
    return indicator(
        Direction.INCREASE,
        Optional.of(at("2024-01", "0")),
        Optional.of(at("2025-12", "8")),
        measured);
  }

  @Test
  void an_increase_indicator_counts_the_way_gone_up() {
    // given 0 → 8, 2 reports published
    Indicator indicator = reports(at("2024-12", "2"));

    // when
    var achievement = indicator.achievement();

    // then
    assertThat(achievement).hasValue(25);
  }

  @Test
  void a_decrease_indicator_counts_the_way_gone_down() {
    // given 10 → 0, measured at 5
    Indicator indicator =
        indicator(
            Direction.DECREASE,
            Optional.of(at("2024-01", "10")),
            Optional.of(at("2025-12", "0")),
            at("2024-12", "5"));

    // when
    var achievement = indicator.achievement();

    // then
    assertThat(achievement).hasValue(50);
  }

  @Test
  void going_beyond_the_target_or_the_wrong_way_is_shown_as_it_is() {
    // given
    Indicator beyond = reports(at("2025-06", "10"));
    Indicator wrongWay =
        indicator(
            Direction.DECREASE,
            Optional.of(at("2024-01", "10")),
            Optional.of(at("2025-12", "0")),
            at("2024-12", "12"));

    // when / then
    assertThat(beyond.achievement()).hasValue(125);
    assertThat(wrongWay.achievement()).hasValue(-20);
  }

  @Test
  void the_latest_measurement_is_the_one_of_the_latest_date_not_the_last_written() {
    // given June 2025 written before December 2024
    Indicator indicator = reports(at("2025-06", "6"), at("2024-12", "2"));

    // when
    var achievement = indicator.achievement();

    // then
    assertThat(indicator.latest()).contains(at("2025-06", "6"));
    assertThat(achievement).hasValue(75);
  }

  @Test
  void an_older_measurement_recorded_later_does_not_replace_the_latest() {
    // given
    Indicator indicator = reports(at("2025-06", "6"));

    // when
    Indicator backfilled = indicator.measured(at("2024-12", "2"));

    // then
    assertThat(backfilled.measurements()).hasSize(2);
    assertThat(backfilled.achievement()).hasValue(75);
  }

  @Test
  void a_measurement_recorded_again_for_the_same_date_corrects_the_first() {
    // given 2 reports counted for December 2024
    Indicator indicator = reports(at("2024-12", "2"));

    // when the count for December 2024 is corrected to 4
    Indicator corrected = indicator.measured(at("2024-12", "4"));

    // then
    assertThat(corrected.latest()).contains(at("2024-12", "4"));
    assertThat(corrected.achievement()).hasValue(50);
  }

  @Test
  void there_is_no_figure_without_baseline_target_or_measurement() {
    // given
    Optional<Measurement> baseline = Optional.of(at("2024-01", "0"));
    Optional<Measurement> target = Optional.of(at("2025-12", "8"));
    Measurement measured = at("2024-12", "2");

    // when / then
    assertThat(indicator(Direction.INCREASE, Optional.empty(), target, measured).achievement())
        .isEmpty();
    assertThat(indicator(Direction.INCREASE, baseline, Optional.empty(), measured).achievement())
        .isEmpty();
    assertThat(indicator(Direction.INCREASE, baseline, target).achievement()).isEmpty();
  }

  @Test
  void there_is_no_figure_when_the_target_is_the_baseline() {
    // given 4 → 4
    Indicator indicator =
        indicator(
            Direction.INCREASE,
            Optional.of(at("2024-01", "4")),
            Optional.of(at("2025-12", "4.0")),
            at("2024-12", "5"));

    // when
    var achievement = indicator.achievement();

    // then
    assertThat(achievement).isEmpty();
  }
}
