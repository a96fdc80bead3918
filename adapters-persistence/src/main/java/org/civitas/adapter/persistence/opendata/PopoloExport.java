package org.civitas.adapter.persistence.opendata;

import static org.civitas.adapter.persistence.opendata.JsonOutput.NODES;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.Period;

/**
 * Writes the structure as Popolo JSON (https://www.popoloproject.com/specs/): one document with its
 * {@code organizations}, {@code posts}, and the {@code persons} and {@code memberships} of the
 * posts whose holder the record names. An organization's {@code parent_id} is its parent on the day
 * asked, as {@code civitas tree --as-of} draws it, and its {@code name} the one it bore that day;
 * its other names, before and after, are {@code other_names} with their dates. Ids are the
 * record's: a unit's id, {@code UNIT/posts/N} for its Nth post, {@code UNIT/posts/N/holder} and
 * {@code UNIT/posts/N/membership} for the person holding it and their membership.
 */
public final class PopoloExport {

  /** Writes {@code snapshot} with the hierarchy in force on {@code asOf}. */
  public void write(Snapshot snapshot, LocalDate asOf, Writer out) throws IOException {
    OrgChart chart = snapshot.chart();
    Hierarchy structure = chart.on(asOf);
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeArrayFieldStart("organizations");
    for (OrgUnit unit : chart.units()) {
      json.writeTree(organization(unit, structure, asOf));
    }
    json.writeEndArray();
    List<Seat> seats = seats(chart);
    json.writeArrayFieldStart("posts");
    for (Seat seat : seats) {
      json.writeTree(post(seat));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("persons");
    for (Seat seat : seats) {
      if (seat.post().holder().isPresent()) {
        json.writeTree(person(seat, seat.post().holder().get()));
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("memberships");
    for (Seat seat : seats) {
      if (seat.post().holder().isPresent()) {
        json.writeTree(membership(seat));
      }
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private static ObjectNode organization(OrgUnit unit, Hierarchy structure, LocalDate asOf) {
    ObjectNode node = NODES.objectNode();
    node.put("id", unit.id().value());
    ImmutableList<DatedName> names = unit.names();
    DatedName current = unit.nameOn(asOf);
    node.put("name", current.name().text());
    ArrayNode others = NODES.arrayNode();
    current.acronym().ifPresent(acronym -> others.add(otherName(acronym, "acronym")));
    current.name().texts().entrySet().stream()
        .skip(1)
        .forEach(
            (Map.Entry<String, String> name) ->
                others.add(otherName(name.getValue(), "name in " + name.getKey())));
    int today = names.indexOf(current);
    for (int i = 0; i < names.size(); i++) {
      if (i != today) {
        others.addAll(otherNames(names.get(i), current, i < today ? "former" : "later"));
      }
    }
    if (!others.isEmpty()) {
      node.set("other_names", others);
    }
    node.put("classification", unit.kind().code());
    structure.parent(unit.id()).ifPresent(parent -> node.put("parent_id", parent.value()));
    unit.established().ifPresent(date -> node.put("founding_date", date.toString()));
    unit.dissolved().ifPresent(date -> node.put("dissolution_date", date.toString()));
    return node;
  }

  private static ObjectNode otherName(String name, String note) {
    return NODES.objectNode().put("name", name).put("note", note);
  }

  /**
   * A name borne {@code when} (before or after the one of the day), in each of its languages but
   * those where it is the name of the day, and its acronym, each with the days it was borne.
   */
  private static List<ObjectNode> otherNames(DatedName name, DatedName current, String when) {
    List<ObjectNode> others = new ArrayList<>();
    String language = name.name().language();
    name.name()
        .texts()
        .forEach(
            (tag, text) -> {
              if (!text.equals(current.name().texts().get(tag))) {
                String note = when + " name" + (tag.equals(language) ? "" : " in " + tag);
                others.add(dated(otherName(text, note), name.period()));
              }
            });
    name.acronym()
        .ifPresent(
            acronym -> others.add(dated(otherName(acronym, when + " acronym"), name.period())));
    return others;
  }

  private static ObjectNode dated(ObjectNode otherName, Period period) {
    period.start().ifPresent(date -> otherName.put("start_date", date.toString()));
    period.end().ifPresent(date -> otherName.put("end_date", date.toString()));
    return otherName;
  }

  private static ObjectNode post(Seat seat) {
    return NODES
        .objectNode()
        .put("id", seat.id())
        .put("label", seat.post().title().text())
        .put("role", seat.post().role().code())
        .put("organization_id", seat.unit().id().value());
  }

  private static ObjectNode person(Seat seat, String name) {
    return NODES.objectNode().put("id", seat.id() + "/holder").put("name", name);
  }

  private static ObjectNode membership(Seat seat) {
    return NODES
        .objectNode()
        .put("id", seat.id() + "/membership")
        .put("label", seat.post().title().text())
        .put("role", seat.post().role().code())
        .put("person_id", seat.id() + "/holder")
        .put("organization_id", seat.unit().id().value())
        .put("post_id", seat.id());
  }

  /** The Nth post of a unit, counted from 1 in the order the source lists them. */
  private record Seat(OrgUnit unit, int number, Post post) {
    String id() {
      return unit.id().value() + "/posts/" + number;
    }
  }

  private static List<Seat> seats(OrgChart chart) {
    List<Seat> seats = new ArrayList<>();
    for (OrgUnit unit : chart.units()) {
      for (int i = 0; i < unit.posts().size(); i++) {
        seats.add(new Seat(unit, i + 1, unit.posts().get(i)));
      }
    }
    return seats;
  }
}
