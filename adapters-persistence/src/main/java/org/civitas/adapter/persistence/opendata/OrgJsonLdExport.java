package org.civitas.adapter.persistence.opendata;

import static org.civitas.adapter.persistence.opendata.JsonOutput.NODES;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.DatedName;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.LinkType;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.restructuring.Restructuring;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;

/**
 * Writes the structure as the W3C Organization Ontology (https://www.w3.org/TR/vocab-org/) in
 * JSON-LD, with its {@code @context} inline: each unit an {@code org:Organization}, its mandate's
 * attributions as {@code org:purpose}, its posts as {@code org:Post}, its links as {@code
 * org:linkedTo}, its kind as {@code org:classification}, and its establishment, dissolution and
 * restructurings as {@code org:ChangeEvent}s. The hierarchy ({@code org:subOrganizationOf}) and the
 * names ({@code skos:prefLabel}) are those in force on the day asked, as {@code civitas tree
 * --as-of} draws them. Every IRI is made from the {@link BaseIri}; docs/open-data.md lists the
 * terms.
 */
public final class OrgJsonLdExport {

  static final String ORG = "http://www.w3.org/ns/org#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  /** The few terms the ontologies above do not have: Civitas' own, described in the docs. */
  static final String CIVITAS = "https://civitas.example/ns#";

  /** Kinds of unit that are organisations in law, not parts of one. */
  private static final Set<UnitKind> FORMAL =
      EnumSet.of(UnitKind.GOVERNMENT, UnitKind.MINISTRY, UnitKind.AGENCY);

  /** Each kind of link, as a property that specialises {@code org:linkedTo}. */
  private static final ImmutableMap<LinkType, String> LINKS =
      ImmutableMap.of(
          LinkType.SUPERVISES, "civitas:supervises",
          LinkType.SECRETARIAT_OF, "civitas:secretariatOf",
          LinkType.COORDINATES, "civitas:coordinates",
          LinkType.ATTACHED_TO, "civitas:attachedTo");

  private final BaseIri base;

  public OrgJsonLdExport(BaseIri base) {
    this.base = base;
  }

  /**
   * Writes the graph of {@code snapshot}, with the hierarchy in force on {@code asOf}: the record,
   * then its units, posts, holders, changes and the concepts they use.
   */
  public void write(Snapshot snapshot, LocalDate asOf, Writer out) throws IOException {
    // The units across time, as the structure's history makes them: the chart, not the list.
    Changes changes = Changes.of(snapshot);
    OrgChart chart = changes.chart();
    Hierarchy structure = chart.on(asOf);
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    Set<PostRole> roles = EnumSet.noneOf(PostRole.class);
    Set<LinkType> links = EnumSet.noneOf(LinkType.class);
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeFieldName("@context");
    json.writeTree(context());
    json.writeArrayFieldStart("@graph");
    json.writeTree(record(asOf));
    for (OrgUnit unit : chart.units()) {
      json.writeTree(unit(unit, structure, changes, asOf));
      kinds.add(unit.kind());
      unit.links().forEach(link -> links.add(link.type()));
    }
    for (OrgUnit unit : chart.units()) {
      List<Post> posts = unit.posts();
      for (int i = 0; i < posts.size(); i++) {
        String post = base.post(unit.id(), i + 1);
        json.writeTree(post(post, unit.id(), posts.get(i)));
        roles.add(posts.get(i).role());
        if (posts.get(i).holder().isPresent()) {
          json.writeTree(holder(post, posts.get(i).holder().get()));
        }
      }
    }
    for (Changes.Change change : changes.all()) {
      json.writeTree(change(change));
    }
    concepts(json, "kinds", "Kinds of unit", kinds, UnitKind::code, List.of("skos:Concept"));
    concepts(
        json,
        "roles",
        "Roles of posts",
        roles,
        PostRole::code,
        List.of("skos:Concept", "org:Role"));
    for (LinkType link : links) {
      json.writeTree(linkProperty(link));
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  /** The prefixes, and how each property's values are read: IRIs, or texts by language. */
  private static ObjectNode context() {
    ObjectNode context = NODES.objectNode();
    context.put("org", ORG);
    context.put("skos", SKOS);
    context.put("dct", DCT);
    context.put("dcat", DCAT);
    context.put("foaf", FOAF);
    context.put("rdf", RDF);
    context.put("rdfs", RDFS);
    context.put("xsd", XSD);
    context.put("civitas", CIVITAS);
    for (String term :
        List.of("skos:prefLabel", "skos:altLabel", "org:purpose", "civitas:newName")) {
      context.set(term, NODES.objectNode().put("@container", "@language"));
    }
    ImmutableList.<String>builder()
        .add(
            "org:subOrganizationOf",
            "org:hasSubOrganization",
            "org:classification",
            "org:hasPost",
            "org:postIn",
            "org:heldBy",
            "org:role",
            "org:linkedTo",
            "org:originalOrganization",
            "org:resultingOrganization",
            "org:changedBy",
            "org:resultedFrom",
            "civitas:newParent",
            "skos:inScheme",
            "dct:conformsTo",
            "rdfs:subPropertyOf")
        .addAll(LINKS.values())
        .build()
        .forEach(term -> context.set(term, NODES.objectNode().put("@type", "@id")));
    return context;
  }

  /** The record itself: the day its hierarchy is in force. */
  private ObjectNode record(LocalDate asOf) {
    ObjectNode record = node(base.resolve("record"), "dcat:Dataset");
    record.put("dct:conformsTo", ORG);
    record.set("dct:valid", typed(asOf.toString(), "xsd:date"));
    return record;
  }

  private ObjectNode unit(OrgUnit unit, Hierarchy structure, Changes changes, LocalDate asOf) {
    ObjectNode node =
        node(
            base.unit(unit.id()),
            "org:Organization",
            FORMAL.contains(unit.kind()) ? "org:FormalOrganization" : "org:OrganizationalUnit");
    node.put("org:identifier", unit.id().value());
    DatedName name = unit.nameOn(asOf);
    node.set("skos:prefLabel", languages(name.name()));
    ObjectNode others = otherLabels(unit, name);
    if (!others.isEmpty()) {
      node.set("skos:altLabel", others);
    }
    node.put("org:classification", base.resolve("kinds/" + unit.kind().code()));
    structure.parent(unit.id()).ifPresent(p -> node.put("org:subOrganizationOf", base.unit(p)));
    ids(node, "org:hasSubOrganization", structure.children(unit.id()).stream().map(base::unit));
    unit.mandate().ifPresent(mandate -> mandate(node, mandate));
    ids(
        node,
        "org:hasPost",
        IntStream.rangeClosed(1, unit.posts().size()).mapToObj(n -> base.post(unit.id(), n)));
    ids(node, "org:linkedTo", unit.links().stream().map(UnitLink::unit).map(base::unit));
    for (LinkType type : LinkType.values()) {
      ids(
          node,
          LINKS.get(type),
          unit.links().stream()
              .filter(link -> link.type() == type)
              .map(UnitLink::unit)
              .map(base::unit));
    }
    unit.territory()
        .ifPresent(
            territory -> {
              ObjectNode place = NODES.objectNode().put("@type", "dct:Location");
              place.set("skos:prefLabel", languages(territory.name()));
              place.put("dct:type", territory.level().code());
              node.set("dct:spatial", place);
            });
    unit.staff().ifPresent(staff -> node.set("civitas:staff", typed(staff, "xsd:integer")));
    ids(node, "org:changedBy", changes.changing(unit.id()).stream().map(this::iri));
    ids(node, "org:resultedFrom", changes.resultingIn(unit.id()).stream().map(this::iri));
    return node;
  }

  /**
   * The acronym of the name borne on the day, then every other name the unit bore, before or after,
   * and its acronym: each by language, once, and none that is the name of the day.
   */
  private static ObjectNode otherLabels(OrgUnit unit, DatedName current) {
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    BiConsumer<String, String> add =
        (language, label) -> {
          if (!label.equals(current.name().texts().get(language))) {
            labels.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(label);
          }
        };
    current.acronym().ifPresent(acronym -> add.accept(current.name().language(), acronym));
    for (DatedName other : unit.names()) {
      if (!other.equals(current)) {
        other.name().texts().forEach(add);
        other.acronym().ifPresent(acronym -> add.accept(other.name().language(), acronym));
      }
    }
    ObjectNode map = NODES.objectNode();
    labels.forEach(
        (language, texts) -> {
          if (texts.size() == 1) {
            map.put(language, texts.iterator().next());
          } else {
            texts.forEach(text -> map.withArray(language).add(text));
          }
        });
    return map;
  }

  /** The attributions by language, in the order the source lists them; the basis as source. */
  private static void mandate(ObjectNode node, Mandate mandate) {
    ObjectNode purposes = NODES.objectNode();
    for (Attribution attribution : mandate.attributions()) {
      attribution
          .text()
          .texts()
          .forEach((language, text) -> purposes.withArray(language).add(text));
    }
    if (!purposes.isEmpty()) {
      node.set("org:purpose", purposes);
    }
    node.put("civitas:mandateExhaustive", mandate.exhaustive());
    mandate.basis().ifPresent(basis -> node.put("dct:source", basis));
  }

  private ObjectNode post(String iri, UnitId unit, Post post) {
    ObjectNode node = node(iri, "org:Post");
    node.set("skos:prefLabel", languages(post.title()));
    node.put("org:postIn", base.unit(unit));
    node.put("org:role", base.resolve("roles/" + post.role().code()));
    post.holder().ifPresent(holder -> node.put("org:heldBy", iri + "/holder"));
    return node;
  }

  /** The person a post names, known by that name alone: one per post. */
  private static ObjectNode holder(String post, String name) {
    return node(post + "/holder", "foaf:Person").put("foaf:name", name);
  }

  private String iri(Changes.Change change) {
    return base.resolve(change.path());
  }

  private ObjectNode change(Changes.Change change) {
    ObjectNode node = node(iri(change), "org:ChangeEvent");
    node.put("dct:type", change.type());
    node.set("dct:date", date(change.date()));
    ids(node, "org:originalOrganization", change.originals().stream().map(base::unit));
    ids(node, "org:resultingOrganization", change.results().stream().map(base::unit));
    change
        .restructuring()
        .ifPresent(
            restructuring -> {
              if (restructuring instanceof Restructuring.Rename rename) {
                node.set("civitas:newName", languages(rename.name()));
              } else if (restructuring instanceof Restructuring.Move move) {
                node.put("civitas:newParent", base.unit(move.parent()));
              }
              restructuring.basis().ifPresent(basis -> node.put("dct:source", basis));
              restructuring.note().ifPresent(note -> node.put("dct:description", note));
            });
    return node;
  }

  /**
   * A concept scheme of codes, then one concept of {@code types} per code used, labelled in
   * English.
   */
  private <T> void concepts(
      JsonGenerator json,
      String scheme,
      String label,
      Set<T> used,
      Function<T, String> code,
      List<String> types)
      throws IOException {
    if (used.isEmpty()) {
      return;
    }
    String schemeIri = base.resolve(scheme);
    ObjectNode node = node(schemeIri, "skos:ConceptScheme");
    node.set("skos:prefLabel", NODES.objectNode().put("en", label));
    json.writeTree(node);
    for (T value : used) {
      String notation = code.apply(value);
      ObjectNode concept = node(schemeIri + "/" + notation, types.toArray(String[]::new));
      concept.put("skos:notation", notation);
      concept.set("skos:prefLabel", NODES.objectNode().put("en", notation.replace('-', ' ')));
      concept.put("skos:inScheme", schemeIri);
      json.writeTree(concept);
    }
  }

  /** A kind of link, declared as a specialisation of {@code org:linkedTo}. */
  private static ObjectNode linkProperty(LinkType link) {
    ObjectNode node = node(LINKS.get(link), "rdf:Property");
    node.put("rdfs:subPropertyOf", "org:linkedTo");
    node.put("rdfs:label", link.code().replace('-', ' '));
    return node;
  }

  // ------------------------------------------------------------------------------ values

  private static ObjectNode node(String iri, String... types) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", iri);
    ArrayNode array = node.putArray("@type");
    for (String type : types) {
      array.add(type);
    }
    return node;
  }

  /** A text as a language map: {@code {"fr": "…", "ar": "…"}}, its own language first. */
  private static ObjectNode languages(LocalizedText text) {
    ObjectNode map = NODES.objectNode();
    text.texts().forEach(map::put);
    return map;
  }

  /** Puts {@code iris} under {@code property} when there is at least one. */
  private static void ids(ObjectNode node, String property, Stream<String> iris) {
    ArrayNode array = NODES.arrayNode();
    iris.forEach(array::add);
    if (!array.isEmpty()) {
      node.set(property, array);
    }
  }

  private static ObjectNode typed(Object value, String type) {
    return NODES.objectNode().put("@value", value.toString()).put("@type", type);
  }

  /** A partial date with the XML Schema type of its precision: a year, a month or a day. */
  static ObjectNode date(PartialDate date) {
    String type =
        switch (date.precision()) {
          case YEAR -> "xsd:gYear";
          case MONTH -> "xsd:gYearMonth";
          case DAY -> "xsd:date";
        };
    return typed(date.toString(), type);
  }
}
