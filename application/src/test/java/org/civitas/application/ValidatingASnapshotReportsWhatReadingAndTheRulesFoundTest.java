package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.ValidateSnapshotQuery;
import org.civitas.application.port.in.ValidationReport;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.civitas.domain.validation.Severity;
import org.junit.jupiter.api.Test;

class ValidatingASnapshotReportsWhatReadingAndTheRulesFoundTest {

  private final Civitas civitas = Fixtures.civitas(new FakeStore(), Fixtures.CHECK_DAY);

  @Test
  void the_togolese_structure_has_no_error() {
    // when
    ValidationReport report =
        civitas.validateSnapshot().validate(ValidateSnapshotQuery.of(Fixtures.togoMinistry()));

    // then
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void an_error_met_while_reading_comes_first_and_fails_the_report() {
    // given a misspelt key, as the dataset reader reports it
    Finding typo =
        Finding.at(Rule.FIELD_UNKNOWN, "/units/0/nmae", "unknown key 'nmae': did you mean 'name'?")
            .atLine(12);

    // when
    ValidationReport report =
        civitas
            .validateSnapshot()
            .validate(new ValidateSnapshotQuery(Fixtures.togoMinistry(), ImmutableList.of(typo)));

    // then
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings().get(0)).isEqualTo(typo);
    assertThat(report.errors()).containsExactly(typo);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
  }
}
