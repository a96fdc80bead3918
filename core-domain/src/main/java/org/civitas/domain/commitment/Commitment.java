package org.civitas.domain.commitment;

import java.util.List;
import java.util.Optional;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.Period;
import org.immutables.value.Value;

/**
 * An open-government commitment (« engagement »): the unit that leads it, what it answers and how,
 * its activities and its indicators.
 */
@Value.Immutable
public abstract class Commitment {

  public abstract CommitmentId id();

  public abstract LocalizedText title();

  public abstract UnitId lead();

  public abstract List<UnitId> contributors();

  public abstract List<Partner> partners();

  @Value.Default
  public Period period() {
    return Period.ALWAYS;
  }

  public abstract Optional<LocalizedText> problem();

  public abstract Optional<LocalizedText> solution();

  public abstract Optional<LocalizedText> expectedResult();

  public abstract List<ElementRef> contributesTo();

  public abstract List<Indicator> indicators();

  public abstract List<Activity> activities();

  public static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  public Optional<Activity> activity(ActivityId id) {
    return activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Indicator> indicator(IndicatorId id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
