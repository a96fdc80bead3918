package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.PartnerType;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.TerritoryLevel;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.strategy.AxisKind;

/** The words a field of the format accepts, as the domain names them, and what they are called. */
record Vocabulary<E>(
    String what, ImmutableList<String> codes, Function<String, Optional<E>> fromCode) {

  static final Vocabulary<UnitKind> UNIT_KINDS =
      of("unit kind", UnitKind.values(), UnitKind::code, UnitKind::fromCode);
  static final Vocabulary<TerritoryLevel> TERRITORY_LEVELS =
      of(
          "territory level",
          TerritoryLevel.values(),
          TerritoryLevel::code,
          TerritoryLevel::fromCode);
  static final Vocabulary<PostRole> POST_ROLES =
      of("post role", PostRole.values(), PostRole::code, PostRole::fromCode);
  static final Vocabulary<LinkType> LINK_TYPES =
      of("link type", LinkType.values(), LinkType::code, LinkType::fromCode);
  static final Vocabulary<AxisKind> AXIS_KINDS =
      of("axis kind", AxisKind.values(), AxisKind::code, AxisKind::fromCode);
  static final Vocabulary<ActivityStatus> STATUSES =
      of(
          "activity status",
          ActivityStatus.values(),
          ActivityStatus::code,
          ActivityStatus::fromCode);
  static final Vocabulary<PartnerType> PARTNER_TYPES =
      of("partner type", PartnerType.values(), PartnerType::code, PartnerType::fromCode);
  static final Vocabulary<IndicatorKind> INDICATOR_KINDS =
      of("indicator kind", IndicatorKind.values(), IndicatorKind::code, IndicatorKind::fromCode);
  static final Vocabulary<Direction> DIRECTIONS =
      of("direction", Direction.values(), Direction::code, Direction::fromCode);

  private static <E> Vocabulary<E> of(
      String what, E[] values, Function<E, String> code, Function<String, Optional<E>> fromCode) {
    return new Vocabulary<>(
        what, Arrays.stream(values).map(code).collect(ImmutableList.toImmutableList()), fromCode);
  }

  /** Says that {@code word} is not in this vocabulary, what was probably meant, and what is. */
  String refusal(String word) {
    return "'"
        + word
        + "' is not a "
        + what
        + Suggestion.didYouMean(word, codes)
        + ": use one of "
        + String.join(", ", codes);
  }
}
