package org.civitas.domain.commitment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.domain.text.LocalizedText;

/** A measure of a commitment's effect, with its baseline, target and measurements. */
public record Indicator(
    IndicatorId id,
    IndicatorKind kind,
    LocalizedText name,
    Optional<String> unit,
    Direction direction,
    Optional<Measurement> baseline,
    Optional<Measurement> target,
    ImmutableList<Measurement> measurements) {

  /**
   * The measurement of the latest date, if any. Of two for the same date the one recorded last
   * wins: a second figure for a date corrects the first.
   */
  public Optional<Measurement> latest() {
    return measurements.stream().reduce((a, b) -> b.date().compareTo(a.date()) >= 0 ? b : a);
  }

  /**
   * How far the latest measurement has gone from the baseline towards the target, in percent:
   * {@code 100 × (latest − baseline) / (target − baseline)}, whatever the direction. No figure
   * without baseline, target and a measurement, or when target equals baseline.
   */
  public OptionalDouble achievement() {
    if (baseline.isEmpty() || target.isEmpty() || latest().isEmpty()) {
      return OptionalDouble.empty();
    }
    BigDecimal base = baseline.get().value();
    BigDecimal span = target.get().value().subtract(base);
    if (span.signum() == 0) {
      return OptionalDouble.empty();
    }
    BigDecimal gained = latest().get().value().subtract(base);
    return OptionalDouble.of(
        gained.multiply(BigDecimal.valueOf(100)).divide(span, MathContext.DECIMAL64).doubleValue());
  }

  /** The same indicator with one more measurement. */
  public Indicator measured(Measurement measurement) {
    return new Indicator(
        id,
        kind,
        name,
        unit,
        direction,
        baseline,
        target,
        ImmutableList.<Measurement>builder().addAll(measurements).add(measurement).build());
  }
}
