package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dataset names activity statuses, indicator kinds and directions, and partner types by their
 * code.
 */
class CommitmentCodesTest {

  @ParameterizedTest
  @CsvSource({
    "NOT_STARTED, not-started",
    "IN_PROGRESS, in-progress",
    "COMPLETED, completed",
    "CANCELLED, cancelled"
  })
  void an_activity_status_is_written_by_its_code(ActivityStatus status, String code) {
    // given the status of an activity

    // when
    String written = status.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(ActivityStatus.fromCode(code)).contains(status);
  }

  @ParameterizedTest
  @CsvSource({"MONITORING, monitoring", "IMPACT, impact"})
  void an_indicator_kind_is_written_by_its_code(IndicatorKind kind, String code) {
    // given the kind of an indicator

    // when
    String written = kind.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(IndicatorKind.fromCode(code)).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({"INCREASE, increase", "DECREASE, decrease"})
  void a_direction_is_written_by_its_code(Direction direction, String code) {
    // given the direction in which an indicator improves

    // when
    String written = direction.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(Direction.fromCode(code)).contains(direction);
  }

  @ParameterizedTest
  @CsvSource({
    "ASSOCIATION, association",
    "NGO, ngo",
    "INTERNATIONAL, international",
    "PRIVATE, private",
    "PUBLIC, public",
    "OTHER, other"
  })
  void a_partner_type_is_written_by_its_code(PartnerType type, String code) {
    // given the type of a partner

    // when
    String written = type.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(PartnerType.fromCode(code)).contains(type);
  }

  @ParameterizedTest
  @CsvSource({
    "COMPLETED, completed",
    "CANCELLED, cancelled",
    "NOT_STARTED_YET, not-started-yet",
    "ON_TRACK, on-track",
    "BEHIND, behind",
    "OVERDUE, overdue"
  })
  void a_schedule_state_is_written_by_its_code(ScheduleState state, String code) {
    // given where an activity stands

    // when
    String written = state.code();

    // then
    assertThat(written).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"NOT_STARTED", "not_started", "In-Progress", "en-cours", "Impact", "ONG", ""})
  void a_code_that_is_not_in_the_dataset_format_names_nothing(String code) {
    // given a code a dataset might carry by mistake

    // when / then
    assertThat(ActivityStatus.fromCode(code)).isEmpty();
    assertThat(IndicatorKind.fromCode(code)).isEmpty();
    assertThat(Direction.fromCode(code)).isEmpty();
    assertThat(PartnerType.fromCode(code)).isEmpty();
  }
}
