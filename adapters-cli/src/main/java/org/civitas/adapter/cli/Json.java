package org.civitas.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * The pieces of {@code --format json} that several commands share, built field by field so that the
 * documents stay as docs/cli-json.md describes them whatever the domain classes become. A field is
 * always present; {@code null} stands for "none" or "no figure".
 */
final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = writer();

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The document, indented by two spaces, as one block of lines. */
  static String write(JsonNode document) {
    try {
      return WRITER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text in its own language. */
  static String text(LocalizedText text) {
    return text.text();
  }

  static ObjectNode put(ObjectNode node, String field, Optional<?> value) {
    if (value.isEmpty()) {
      node.putNull(field);
    } else if (value.get() instanceof LocalizedText text) {
      node.put(field, text(text));
    } else {
      node.put(field, value.get().toString());
    }
    return node;
  }

  static ObjectNode put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
    return node;
  }

  /** A unit named: {@code {id, kind, acronym, name}}, by its latest name. */
  static ObjectNode unit(OrgUnit unit) {
    return named(unit, unit.names().get(unit.names().size() - 1));
  }

  /** A unit named as it was on {@code day}. */
  static ObjectNode unit(OrgUnit unit, LocalDate day) {
    return named(unit, unit.nameOn(day));
  }

  private static ObjectNode named(OrgUnit unit, DatedName name) {
    ObjectNode node = object().put("id", unit.id().value()).put("kind", unit.kind().code());
    put(node, "acronym", name.acronym());
    return node.put("name", text(name.name()));
  }

  /**
   * A unit named by its id, with nulls in place of what a record without that unit cannot say
   * (validation reports such a reference; a snapshot with it is never stored).
   */
  static ObjectNode unit(UnitId id, Optional<OrgUnit> unit) {
    return unit.isPresent() ? unit(unit.get()) : unknown(id);
  }

  /** As {@link #unit(UnitId, Optional)}, the unit named as it was on {@code day}. */
  static ObjectNode unit(UnitId id, Optional<OrgUnit> unit, LocalDate day) {
    return unit.isPresent() ? unit(unit.get(), day) : unknown(id);
  }

  private static ObjectNode unknown(UnitId id) {
    ObjectNode node = object().put("id", id.value());
    node.putNull("kind");
    node.putNull("acronym");
    return node.putNull("name");
  }

  /** {@code {start, end}}, each a partial date as written ({@code 2024-01}) or null. */
  static ObjectNode period(Period period) {
    ObjectNode node = object();
    put(node, "start", period.start().map(PartialDate::toString));
    return put(node, "end", period.end().map(PartialDate::toString));
  }

  /** A commitment in a list: {@code {id, title, lead, progress, state}}. */
  static ObjectNode commitment(CommitmentSummary summary) {
    ObjectNode node =
        object()
            .put("id", summary.id().value())
            .put("title", text(summary.title()))
            .put("lead", summary.lead().value());
    put(node, "progress", summary.progress());
    return put(node, "state", summary.state().map(ScheduleState::code));
  }

  /**
   * {@code {commitments, meanProgress, states}}: {@code states} holds every schedule state, 0 where
   * none stands in it, so scripts read a count without checking that it is there.
   */
  static ObjectNode rollUp(RollUp rollUp) {
    ObjectNode node = object().put("commitments", rollUp.commitments());
    put(node, "meanProgress", rollUp.meanProgress());
    ObjectNode states = node.putObject("states");
    for (ScheduleState state : ScheduleState.values()) {
      states.put(state.code(), rollUp.states().getOrDefault(state, 0));
    }
    return node;
  }

  private static ObjectWriter writer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return new ObjectMapper()
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .writer(printer);
  }
}
