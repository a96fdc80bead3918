package org.civitas.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civitas.application.service.AuditText.Reported;
import org.civitas.domain.commitment.ActivityStatus;

/** What the audit log writes of a progress report, the history reads back as it was. */
class AuditTextProperties {

  @Property(tries = 500)
  void a_report_reads_back_as_it_was_written(
      @ForAll ActivityStatus status, @ForAll("percentages") double progress) {
    // given
    Reported written = new Reported(status, progress);

    // when
    var read = Reported.parse(written.text());

    // then
    assertThat(read).contains(written);
  }

  @Example
  void other_texts_are_not_read_as_reports() {
    // when / then
    assertThat(Reported.parse("in-progress, 30%"))
        .contains(new Reported(ActivityStatus.IN_PROGRESS, 30));
    assertThat(Reported.parse("completed, 12.5%"))
        .contains(new Reported(ActivityStatus.COMPLETED, 12.5));
    assertThat(Reported.parse("in-progress, 130%")).isEmpty();
    assertThat(Reported.parse("paused, 30%")).isEmpty();
    assertThat(Reported.parse("in-progress 30%")).isEmpty();
    assertThat(Reported.parse("in-progress, 30")).isEmpty();
    assertThat(Reported.parse("2024-12: 3")).isEmpty();
  }

  @Provide
  Arbitrary<Double> percentages() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 100),
        Arbitraries.doubles().between(0, 100).ofScale(1),
        Arbitraries.of(0.0, 100.0, 0.000102, 1e-7));
  }
}
