package org.civitas.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A dataset names the kind of an axis (strategic, support, programme) by its code. */
class AxisKindCodesTest {

  @ParameterizedTest
  @CsvSource({"STRATEGIC, strategic", "SUPPORT, support", "PROGRAM, program"})
  void an_axis_kind_is_written_by_its_code(AxisKind kind, String code) {
    // given the kind of an axis

    // when
    String written = kind.code();

    // then
    assertThat(written).isEqualTo(code);
    assertThat(AxisKind.fromCode(code)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"STRATEGIC", "Support", "programme", "appui", ""})
  void a_code_that_is_not_in_the_dataset_format_names_nothing(String code) {
    // given a code a dataset might carry by mistake

    // when / then
    assertThat(AxisKind.fromCode(code)).isEmpty();
  }
}
