package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A report names each severity and each rule by the code the rule catalogue gives it. */
class RuleCodesTest {

  @ParameterizedTest
  @CsvSource({"ERROR, error", "WARNING, warning", "INFO, info"})
  void a_severity_is_written_by_its_code(Severity severity, String code) {
    // given the severity of a finding

    // when
    String written = severity.code();

    // then
    assertThat(written).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    "unit.cycle, UNIT_CYCLE, ERROR, SNAPSHOT",
    "activity.outside-period, ACTIVITY_OUTSIDE_PERIOD, WARNING, SNAPSHOT",
    "action.unowned, ACTION_UNOWNED, INFO, SNAPSHOT",
    "restructuring.invalid, RESTRUCTURING_INVALID, ERROR, SNAPSHOT",
    "restructuring.orphaned, RESTRUCTURING_ORPHANED, WARNING, SNAPSHOT",
    "field.required, FIELD_REQUIRED, ERROR, FORMAT",
    "period.inverted, PERIOD_INVERTED, ERROR, VALUE"
  })
  void a_rule_is_found_by_its_code(String code, Rule rule, Severity severity, Rule.Scope scope) {
    // given the code of a rule as a report prints it

    // when
    var found = Rule.fromCode(code);

    // then
    assertThat(found).contains(rule);
    assertThat(rule.code()).isEqualTo(code);
    assertThat(rule.severity()).isEqualTo(severity);
    assertThat(rule.scope()).isEqualTo(scope);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNIT_CYCLE", "unit-cycle", "unit.cycles", ""})
  void a_code_outside_the_catalogue_names_no_rule(String code) {
    // given a code no rule has

    // when / then
    assertThat(Rule.fromCode(code)).isEmpty();
  }
}
