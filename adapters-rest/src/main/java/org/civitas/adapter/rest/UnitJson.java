package org.civitas.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.TerritoryLevel;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.text.Slug;

/**
 * What a unit says of itself, in JSON as a unit is read ({@link Resources.UnitProperties}): written
 * for a merge patch to apply to, and read back from a body, strictly, every mistake noted at its
 * JSON Pointer in the body it came from.
 */
final class UnitJson {

  /** The fields a unit says of itself. */
  static final ImmutableSet<String> PROPERTIES =
      ImmutableSet.of("kind", "name", "acronym", "territory", "staff", "posts", "mandate", "links");

  private static final String KINDS = "a unit kind such as directorate or division";
  private static final String LEVELS = "national, region, province, prefecture, commune or other";
  private static final String ROLES = "head, deputy, assistant or member";
  private static final String LINKS = "supervises, secretariat-of, coordinates or attached-to";

  private final WriteBody body;

  private UnitJson(WriteBody body) {
    this.body = body;
  }

  /** {@code properties} as a JSON object, absent values left out. */
  static ObjectNode write(UnitProperties properties) {
    return (ObjectNode) Json.tree(ResourceMapper.INSTANCE.properties(properties));
  }

  /**
   * The properties held by {@code object}, whose other fields are the caller's; empty when one is
   * wrong, each mistake noted in {@code body}.
   */
  static Optional<UnitProperties> read(ObjectNode object, WriteBody body) {
    return new UnitJson(body).properties(object);
  }

  /**
   * The text by language in member {@code name} of {@code object}, required, as a unit's name is
   * written; empty when it is missing or wrong, the mistake noted in {@code body}.
   */
  static Optional<LocalizedText> requiredText(ObjectNode object, String name, WriteBody body) {
    UnitJson json = new UnitJson(body);
    return json.required(object, "", name).flatMap(n -> json.text(n, WriteBody.step(name)));
  }

  /**
   * The text in member {@code name} of {@code object}, not blank, as a unit's acronym is written;
   * empty when it is absent, or wrong and noted in {@code body}.
   */
  static Optional<String> optionalWords(ObjectNode object, String name, WriteBody body) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return new UnitJson(body).words(node, WriteBody.step(name));
  }

  /**
   * {@code patch} applied to {@code target} as RFC 7396 says: an object merges into the object
   * there, member by member; null removes the member; anything else replaces what is there.
   */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode merged =
        target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        merged.remove(member.getKey());
      } else {
        JsonNode there = merged.path(member.getKey());
        merged.set(member.getKey(), merge(there, member.getValue()));
      }
    }
    return merged;
  }

  private Optional<UnitProperties> properties(ObjectNode object) {
    Optional<UnitKind> kind =
        required(object, "", "kind").flatMap(n -> code(n, "/kind", UnitKind::fromCode, KINDS));
    Optional<LocalizedText> name = required(object, "", "name").flatMap(n -> text(n, "/name"));
    Optional<Optional<String>> acronym = optional(object, "acronym", n -> words(n, "/acronym"));
    Optional<Optional<Territory>> territory =
        optional(object, "territory", n -> territory(n, "/territory"));
    Optional<OptionalInt> staff = staff(object.get("staff"));
    Optional<ImmutableList<Post>> posts = list(object.get("posts"), "/posts", this::post);
    Optional<Optional<Mandate>> mandate = optional(object, "mandate", n -> mandate(n, "/mandate"));
    Optional<ImmutableList<UnitLink>> links = list(object.get("links"), "/links", this::link);
    if (kind.isEmpty()
        || name.isEmpty()
        || acronym.isEmpty()
        || territory.isEmpty()
        || staff.isEmpty()
        || posts.isEmpty()
        || mandate.isEmpty()
        || links.isEmpty()) {
      return Optional.empty();
    }
    return made(
        "",
        () ->
            new UnitProperties(
                kind.get(),
                name.get(),
                acronym.get(),
                territory.get(),
                staff.get(),
                posts.get(),
                mandate.get(),
                links.get()));
  }

  // ------------------------------------------------------------------------------ parts

  private Optional<Territory> territory(JsonNode node, String at) {
    return object(node, at, Set.of("level", "name"))
        .flatMap(
            o -> {
              Optional<TerritoryLevel> level =
                  required(o, at, "level")
                      .flatMap(n -> code(n, at + "/level", TerritoryLevel::fromCode, LEVELS));
              Optional<LocalizedText> name =
                  required(o, at, "name").flatMap(n -> text(n, at + "/name"));
              return level.isPresent() && name.isPresent()
                  ? Optional.of(new Territory(level.get(), name.get()))
                  : Optional.empty();
            });
  }

  private Optional<Post> post(JsonNode node, String at) {
    return object(node, at, Set.of("title", "holder", "role"))
        .flatMap(
            o -> {
              Optional<LocalizedText> title =
                  required(o, at, "title").flatMap(n -> text(n, at + "/title"));
              Optional<Optional<String>> holder =
                  optional(o, "holder", n -> words(n, at + "/holder"));
              Optional<PostRole> role =
                  required(o, at, "role")
                      .flatMap(n -> code(n, at + "/role", PostRole::fromCode, ROLES));
              return title.isPresent() && holder.isPresent() && role.isPresent()
                  ? Optional.of(new Post(title.get(), holder.get(), role.get()))
                  : Optional.empty();
            });
  }

  private Optional<Mandate> mandate(JsonNode node, String at) {
    return object(node, at, Set.of("basis", "exhaustive", "attributions"))
        .flatMap(
            o -> {
              Optional<Optional<String>> basis = optional(o, "basis", n -> words(n, at + "/basis"));
              Optional<Boolean> exhaustive = Optional.of(true);
              JsonNode given = o.get("exhaustive");
              if (given != null && !given.isNull()) {
                if (given.isBoolean()) {
                  exhaustive = Optional.of(given.booleanValue());
                } else {
                  exhaustive = mistake(at + "/exhaustive", "'exhaustive' must be true or false");
                }
              }
              Optional<ImmutableList<Attribution>> attributions =
                  list(o.get("attributions"), at + "/attributions", this::attribution);
              if (basis.isEmpty() || exhaustive.isEmpty() || attributions.isEmpty()) {
                return Optional.empty();
              }
              boolean complete = exhaustive.get();
              return Optional.of(new Mandate(basis.get(), complete, attributions.get()));
            });
  }

  private Optional<Attribution> attribution(JsonNode node, String at) {
    return object(node, at, Set.of("text", "themes"))
        .flatMap(
            o -> {
              Optional<LocalizedText> text =
                  required(o, at, "text").flatMap(n -> text(n, at + "/text"));
              Optional<ImmutableList<String>> themes =
                  list(o.get("themes"), at + "/themes", (n, p) -> slug(n, p, "theme"));
              return text.isPresent() && themes.isPresent()
                  ? made(at, () -> new Attribution(text.get(), themes.get()))
                  : Optional.empty();
            });
  }

  private Optional<UnitLink> link(JsonNode node, String at) {
    return object(node, at, Set.of("type", "unit"))
        .flatMap(
            o -> {
              Optional<LinkType> type =
                  required(o, at, "type")
                      .flatMap(n -> code(n, at + "/type", LinkType::fromCode, LINKS));
              Optional<String> unit =
                  required(o, at, "unit").flatMap(n -> slug(n, at + "/unit", "unit id"));
              return type.isPresent() && unit.isPresent()
                  ? Optional.of(new UnitLink(type.get(), UnitId.of(unit.get())))
                  : Optional.empty();
            });
  }

  // ------------------------------------------------------------------------------ values

  private Optional<OptionalInt> staff(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.of(OptionalInt.empty());
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      return mistake("/staff", "'staff' must be a whole number, not " + kind(node));
    }
    if (node.intValue() < 0) {
      return mistake("/staff", "'staff' cannot be negative (" + node.intValue() + ")");
    }
    return Optional.of(OptionalInt.of(node.intValue()));
  }

  /** A text in one or more languages: an object from language tag to text. */
  private Optional<LocalizedText> text(JsonNode node, String at) {
    if (!node.isObject() || node.isEmpty()) {
      return mistake(
          at,
          "'"
              + last(at)
              + "' must be an object from language to text, e.g. {\"fr\": \"…\"}, not "
              + kind(node));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> language : node.properties()) {
      if (!language.getValue().isTextual()) {
        return mistake(
            at + WriteBody.step(language.getKey()),
            "the text in '"
                + language.getKey()
                + "' must be a text, not "
                + kind(language.getValue()));
      }
      texts.put(language.getKey(), language.getValue().textValue());
    }
    return made(at, () -> LocalizedText.of(texts));
  }

  /** A text that is not blank. */
  private Optional<String> words(JsonNode node, String at) {
    if (!node.isTextual() || node.textValue().isBlank()) {
      return mistake(at, "'" + last(at) + "' must be a text that is not blank, not " + kind(node));
    }
    return Optional.of(node.textValue());
  }

  private Optional<String> slug(JsonNode node, String at, String what) {
    if (!node.isTextual() || !Slug.isValid(node.textValue())) {
      return mistake(
          at,
          "'"
              + last(at)
              + "' must be a "
              + what
              + ": lower-case letters, digits and single hyphens, not "
              + node);
    }
    return Optional.of(node.textValue());
  }

  private <T> Optional<T> code(
      JsonNode node, String at, Function<String, Optional<T>> of, String expected) {
    Optional<T> value = node.isTextual() ? of.apply(node.textValue()) : Optional.empty();
    if (value.isEmpty()) {
      return mistake(at, "'" + last(at) + "' " + node + " is not known: give " + expected);
    }
    return value;
  }

  // ------------------------------------------------------------------------------ shapes

  /** An object holding only {@code fields}. */
  private Optional<ObjectNode> object(JsonNode node, String at, Set<String> fields) {
    if (!(node instanceof ObjectNode object)) {
      return mistake(at, "'" + last(at) + "' must be an object, not " + kind(node));
    }
    boolean known = true;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        body.mistake(
            at + WriteBody.step(name),
            "'" + name + "' is not a field here: give only " + String.join(", ", fields));
        known = false;
      }
    }
    return known ? Optional.of(object) : Optional.empty();
  }

  /** The member {@code name}, required. */
  private Optional<JsonNode> required(ObjectNode object, String at, String name) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return mistake(at + WriteBody.step(name), "'" + name + "' is required");
    }
    return Optional.of(node);
  }

  /** The member {@code name}, read by {@code read} when present; empty inside when absent. */
  private <T> Optional<Optional<T>> optional(
      ObjectNode object, String name, Function<JsonNode, Optional<T>> read) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return Optional.of(Optional.empty());
    }
    Optional<T> value = read.apply(node);
    return value.isPresent() ? Optional.of(value) : Optional.empty();
  }

  /** What reads one item of a list at its pointer. */
  @FunctionalInterface
  private interface Item<T> {
    Optional<T> read(JsonNode node, String at);
  }

  /** A list of items, each read by {@code item}; none when absent. */
  private <T> Optional<ImmutableList<T>> list(JsonNode node, String at, Item<T> item) {
    if (node == null || node.isNull()) {
      return Optional.of(ImmutableList.of());
    }
    if (!node.isArray()) {
      return mistake(at, "'" + last(at) + "' must be a list, not " + kind(node));
    }
    ImmutableList.Builder<T> items = ImmutableList.builder();
    boolean whole = true;
    for (int i = 0; i < node.size(); i++) {
      Optional<T> read = item.read(node.get(i), at + "/" + i);
      read.ifPresent(items::add);
      whole &= read.isPresent();
    }
    return whole ? Optional.of(items.build()) : Optional.empty();
  }

  /** What {@code make} makes, or the domain's refusal of it noted at {@code at}. */
  private <T> Optional<T> made(String at, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (InvariantViolation refused) {
      return mistake(at, refused.getMessage());
    }
  }

  private <T> Optional<T> mistake(String at, String detail) {
    body.mistake(at, detail);
    return Optional.empty();
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String kind(JsonNode node) {
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
