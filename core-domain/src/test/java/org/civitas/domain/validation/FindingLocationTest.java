package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A finding says where the mistake is: a reader of a dataset adds the source line, and a reader of
 * several files moves the pointer to where the object sits in the whole document.
 */
class FindingLocationTest {

  private static final Finding UNKNOWN_PARENT =
      Finding.at(
          Rule.REF_UNKNOWN, "/units/3/parent", "there is no unit 'dgpe': check the parent's id");

  @Test
  void a_finding_made_by_the_validator_has_no_line() {
    // given
    Finding finding = UNKNOWN_PARENT;

    // when / then
    assertThat(finding.line()).isEmpty();
    assertThat(finding.code()).isEqualTo("ref.unknown");
  }

  @Test
  void a_finding_placed_at_a_line_keeps_its_rule_path_and_message() {
    // given
    Finding finding = UNKNOWN_PARENT;

    // when
    Finding located = finding.atLine(42);

    // then
    assertThat(located)
        .isEqualTo(
            new Finding(
                Rule.REF_UNKNOWN,
                "/units/3/parent",
                OptionalInt.of(42),
                "there is no unit 'dgpe': check the parent's id"));
  }

  @Test
  void a_finding_moved_to_another_path_keeps_its_rule_line_and_message() {
    // given
    Finding finding = UNKNOWN_PARENT.atLine(42);

    // when
    Finding moved = finding.withPath("/units/25/parent");

    // then
    assertThat(moved)
        .isEqualTo(
            new Finding(
                Rule.REF_UNKNOWN,
                "/units/25/parent",
                OptionalInt.of(42),
                "there is no unit 'dgpe': check the parent's id"));
  }

  @Test
  void a_loop_is_an_error_a_placeholder_a_warning_and_an_unowned_action_an_info() {
    // given
    Finding loop = Finding.at(Rule.UNIT_CYCLE, "/units/1/parent", "loop");
    Finding placeholder = Finding.at(Rule.DATE_PLACEHOLDER, "/commitments/0/period/start", "1970");
    Finding unowned = Finding.at(Rule.ACTION_UNOWNED, "/strategies/0/axes/0", "unowned");

    // when / then
    assertThat(loop.severity()).isEqualTo(Severity.ERROR);
    assertThat(loop.isError()).isTrue();
    assertThat(placeholder.severity()).isEqualTo(Severity.WARNING);
    assertThat(placeholder.isError()).isFalse();
    assertThat(unowned.severity()).isEqualTo(Severity.INFO);
    assertThat(unowned.isError()).isFalse();
  }
}
