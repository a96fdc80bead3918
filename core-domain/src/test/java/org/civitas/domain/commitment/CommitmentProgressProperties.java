package org.civitas.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civitas.domain.Fixtures.fr;
import static org.civitas.domain.Fixtures.period;
import static org.civitas.domain.Fixtures.upeCommitment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A commitment's progress is a percentage, and a plain mean when every activity weighs the same.
 */
class CommitmentProgressProperties {

  /** What is drawn for one activity: its report and its weight. */
  record Report(ActivityStatus status, double progress, double weight) {}

  @Provide
  Arbitrary<List<Report>> reports() {
    Arbitrary<Double> progress =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 100).map(Integer::doubleValue),
            Arbitraries.doubles().between(0, 100).ofScale(6));
    Arbitrary<Double> weight =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 10).map(Integer::doubleValue),
            Arbitraries.doubles().between(0.001, 1_000_000).ofScale(6));
    return Combinators.combine(Arbitraries.of(ActivityStatus.class), progress, weight)
        .as(Report::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<Double> weights() {
    return Arbitraries.doubles().between(0.001, 1_000_000).ofScale(6);
  }

  private static Commitment commitmentOf(List<Report> reports) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      activities.add(
          new Activity(
              ActivityId.of("jalon-" + i),
              fr("Jalon " + i),
              period("2024-01", "2025-12"),
              r.status(),
              r.progress(),
              r.weight()));
    }
    return upeCommitment().withActivities(activities);
  }

  @Property(tries = 500)
  void progress_is_a_percentage_unless_every_activity_is_cancelled(
      @ForAll("reports") List<Report> reports) {
    // given activities with any reports and weights
    Commitment commitment = commitmentOf(reports);
    boolean allCancelled = reports.stream().allMatch(r -> r.status() == ActivityStatus.CANCELLED);

    // when
    OptionalDouble progress = Progress.of(commitment);

    // then
    assertThat(progress.isEmpty()).isEqualTo(allCancelled);
    progress.ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
  }

  @Property(tries = 500)
  void progress_stays_between_the_least_and_the_most_advanced_activity(
      @ForAll("reports") List<Report> reports) {
    // given activities with any reports and weights, not all cancelled
    List<Double> counted =
        reports.stream()
            .filter(r -> r.status() != ActivityStatus.CANCELLED)
            .map(Report::progress)
            .toList();
    if (counted.isEmpty()) {
      return;
    }

    // when
    double progress = Progress.of(commitmentOf(reports)).orElseThrow();

    // then
    assertThat(progress)
        .isBetween(
            counted.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
            counted.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
  }

  @Property(tries = 500)
  void with_equal_weights_progress_is_the_plain_mean(
      @ForAll("reports") List<Report> reports, @ForAll("weights") double weight) {
    // given every activity weighing the same
    List<Report> equal =
        reports.stream().map(r -> new Report(r.status(), r.progress(), weight)).toList();
    OptionalDouble mean =
        equal.stream()
            .filter(r -> r.status() != ActivityStatus.CANCELLED)
            .mapToDouble(Report::progress)
            .average();

    // when
    OptionalDouble progress = Progress.of(commitmentOf(equal));

    // then equal up to the rounding of floating-point sums
    assertThat(progress.isPresent()).isEqualTo(mean.isPresent());
    progress.ifPresent(p -> assertThat(p).isCloseTo(mean.getAsDouble(), within(1e-9)));
  }
}
