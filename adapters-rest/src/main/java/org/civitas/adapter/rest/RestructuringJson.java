package org.civitas.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.restructuring.Holding;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.StrategyId;
import org.civitas.domain.text.Slug;

/**
 * What the body of a restructuring says besides its date, read strictly as the dataset format
 * writes a restructuring: the units it names, its legal basis and note, and its handover of
 * attributions, commitments, strategies and actions, each mistake noted at its JSON Pointer in the
 * body.
 */
final class RestructuringJson {

  /** The fields that say what a restructuring rests on. */
  static final ImmutableSet<String> BASIS = ImmutableSet.of("basis", "note");

  /** The fields of a handover, as a dataset's restructuring writes them. */
  static final ImmutableSet<String> HANDOVER =
      ImmutableSet.of("attributions", "dropped", "commitments", "strategies", "actions");

  private static final Pattern ATTRIBUTION = Pattern.compile("(.+)/(0|[1-9][0-9]{0,8})");

  private RestructuringJson() {}

  /** The legal basis and note, each a text that is not blank, when given. */
  static LegalBasis basis(WriteBody body) {
    return new LegalBasis(
        UnitJson.optionalWords(body.fields(), "basis", body),
        UnitJson.optionalWords(body.fields(), "note", body));
  }

  /** The unit ids listed in field {@code name}: required, or none when absent and optional. */
  static ImmutableList<UnitId> units(WriteBody body, String name, boolean required) {
    JsonNode node = body.fields().get(name);
    String at = WriteBody.step(name);
    if (node == null || node.isNull()) {
      if (required) {
        body.mistake(at, "'" + name + "' is required: a list of unit ids");
      }
      return ImmutableList.of();
    }
    if (!node.isArray()) {
      body.mistake(at, "'" + name + "' must be a list of unit ids, not " + kind(node));
      return ImmutableList.of();
    }
    ImmutableList.Builder<UnitId> units = ImmutableList.builder();
    for (int i = 0; i < node.size(); i++) {
      unitId(body, node.get(i), at + "/" + i).ifPresent(units::add);
    }
    return units.build();
  }

  /**
   * The handover: {@code attributions}, from the unit that takes them to a list of attributions,
   * and {@code dropped}, the attributions that end with the unit. An attribution is {@code
   * UNIT/INDEX} (0-based, of the mandate of UNIT as first established), or its index alone when the
   * restructuring ends one unit, {@code ended}. {@code commitments}, {@code strategies} and {@code
   * actions} go from the unit that takes them to a list of commitment ids, strategy ids and {@code
   * STRATEGY_ID/ACTION_ID}.
   */
  static Handover handover(WriteBody body, Optional<UnitId> ended) {
    Handover handover = Handover.NONE;
    JsonNode given = body.fields().get("attributions");
    if (given != null && !given.isNull()) {
      if (given.isObject()) {
        for (Map.Entry<String, JsonNode> to : given.properties()) {
          String at = "/attributions" + WriteBody.step(to.getKey());
          Optional<UnitId> unit = unitId(body, to.getKey(), at);
          ImmutableList<Holding.Attribution> attributions =
              attributions(body, to.getValue(), at, ended);
          if (unit.isPresent()) {
            handover = handover.withAttributions(unit.get(), attributions);
          }
        }
      } else {
        body.mistake(
            "/attributions",
            "'attributions' must be an object from unit id to a list of attributions, e.g."
                + " {\"dpa\": [\"dgas/0\"]}, not "
                + kind(given));
      }
    }
    JsonNode dropped = body.fields().get("dropped");
    if (dropped != null && !dropped.isNull()) {
      handover = handover.withDropped(attributions(body, dropped, "/dropped", ended));
    }
    for (Map.Entry<UnitId, ImmutableList<CommitmentId>> to :
        byUnit(body, "commitments", "commitment id", "upe-suivi", RestructuringJson::commitment)
            .entrySet()) {
      handover = handover.withCommitments(to.getKey(), to.getValue());
    }
    for (Map.Entry<UnitId, ImmutableList<StrategyId>> to :
        byUnit(body, "strategies", "strategy id", "pole-social", RestructuringJson::strategy)
            .entrySet()) {
      handover = handover.withStrategies(to.getKey(), to.getValue());
    }
    for (Map.Entry<UnitId, ImmutableList<ElementRef>> to :
        byUnit(
                body,
                "actions",
                "STRATEGY_ID/ACTION_ID",
                "pole-social/action-1",
                RestructuringJson::action)
            .entrySet()) {
      handover = handover.withActions(to.getKey(), to.getValue());
    }
    return handover;
  }

  /**
   * Field {@code name} of the handover, from the unit that takes them to a list of ids, each read
   * by {@code id} (empty when it is not one), e.g. {@code {"dpsv": ["upe-suivi"]}}.
   */
  private static <T> Map<UnitId, ImmutableList<T>> byUnit(
      WriteBody body, String name, String what, String example, Function<String, Optional<T>> id) {
    Map<UnitId, ImmutableList<T>> given = new LinkedHashMap<>();
    JsonNode node = body.fields().get(name);
    if (node == null || node.isNull()) {
      return given;
    }
    if (!node.isObject()) {
      body.mistake(
          WriteBody.step(name),
          "'"
              + name
              + "' must be an object from unit id to a list of "
              + what
              + "s, e.g. {\"dpsv\": [\""
              + example
              + "\"]}, not "
              + kind(node));
      return given;
    }
    for (Map.Entry<String, JsonNode> to : node.properties()) {
      String at = WriteBody.step(name) + WriteBody.step(to.getKey());
      Optional<UnitId> unit = unitId(body, to.getKey(), at);
      if (!to.getValue().isArray()) {
        body.mistake(at, "a list of " + what + "s, not " + kind(to.getValue()));
        continue;
      }
      ImmutableList.Builder<T> ids = ImmutableList.builder();
      for (int i = 0; i < to.getValue().size(); i++) {
        JsonNode item = to.getValue().get(i);
        Optional<T> read = item.isTextual() ? id.apply(item.textValue()) : Optional.empty();
        if (read.isEmpty()) {
          body.mistake(
              at + "/" + i, item + " is not a " + what + ": write e.g. \"" + example + "\"");
        }
        read.ifPresent(ids::add);
      }
      unit.ifPresent(u -> given.put(u, ids.build()));
    }
    return given;
  }

  private static Optional<CommitmentId> commitment(String text) {
    return Slug.isValid(text) ? Optional.of(CommitmentId.of(text)) : Optional.empty();
  }

  private static Optional<StrategyId> strategy(String text) {
    return Slug.isValid(text) ? Optional.of(StrategyId.of(text)) : Optional.empty();
  }

  private static Optional<ElementRef> action(String text) {
    int slash = text.indexOf('/');
    return slash > 0
            && slash == text.lastIndexOf('/')
            && Slug.isValid(text.substring(0, slash))
            && Slug.isValid(text.substring(slash + 1))
        ? Optional.of(ElementRef.parse(text))
        : Optional.empty();
  }

  private static ImmutableList<Holding.Attribution> attributions(
      WriteBody body, JsonNode node, String at, Optional<UnitId> ended) {
    if (!node.isArray()) {
      body.mistake(at, "'" + last(at) + "' must be a list of attributions, not " + kind(node));
      return ImmutableList.of();
    }
    ImmutableList.Builder<Holding.Attribution> attributions = ImmutableList.builder();
    for (int i = 0; i < node.size(); i++) {
      attribution(body, node.get(i), at + "/" + i, ended).ifPresent(attributions::add);
    }
    return attributions.build();
  }

  private static Optional<Holding.Attribution> attribution(
      WriteBody body, JsonNode node, String at, Optional<UnitId> ended) {
    if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0) {
      if (ended.isEmpty()) {
        body.mistake(at, "a merge ends several units: write UNIT/INDEX (e.g. \"dgas/0\")");
        return Optional.empty();
      }
      return Optional.of(new Holding.Attribution(ended.get(), node.intValue()));
    }
    Matcher written = node.isTextual() ? ATTRIBUTION.matcher(node.textValue()) : null;
    if (written == null || !written.matches() || !Slug.isValid(written.group(1))) {
      body.mistake(
          at,
          node
              + " is not an attribution: write UNIT/INDEX (e.g. \"dgas/0\", the first attribution"
              + " of the DGAS)"
              + (ended.isPresent() ? ", or the index alone of one of '" + ended.get() + "'" : ""));
      return Optional.empty();
    }
    return Optional.of(
        new Holding.Attribution(UnitId.of(written.group(1)), Integer.parseInt(written.group(2))));
  }

  private static Optional<UnitId> unitId(WriteBody body, JsonNode node, String at) {
    if (!node.isTextual()) {
      body.mistake(at, "a unit id is a text, not " + kind(node));
      return Optional.empty();
    }
    return unitId(body, node.textValue(), at);
  }

  private static Optional<UnitId> unitId(WriteBody body, String text, String at) {
    if (!Slug.isValid(text)) {
      body.mistake(
          at,
          "'"
              + text
              + "' is not a unit id: lower-case letters, digits and single hyphens (e.g."
              + " 'cellule-protection')");
      return Optional.empty();
    }
    return Optional.of(UnitId.of(text));
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String kind(JsonNode node) {
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
