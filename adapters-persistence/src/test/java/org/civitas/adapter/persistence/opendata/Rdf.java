package org.civitas.adapter.persistence.opendata;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A JSON-LD document read as RDF by a JSON-LD processor (Titanium), as a consumer of the open data
 * would read it: its triples, and the questions the tests ask of them.
 */
final class Rdf {

  static final String ORG = "http://www.w3.org/ns/org#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  static final String CIVITAS = "https://civitas.example/ns#";

  /** One triple; a literal has its datatype, and its language when it is a language string. */
  record Triple(
      String subject,
      String predicate,
      String object,
      @Nullable String datatype,
      @Nullable String language) {

    boolean isLiteral() {
      return datatype != null;
    }
  }

  private final List<Triple> triples;

  private Rdf(List<Triple> triples) {
    this.triples = List.copyOf(triples);
  }

  /** Expands {@code document} and converts it to RDF, as the JSON-LD 1.1 algorithms say. */
  static Rdf read(String document) {
    List<Triple> triples = new ArrayList<>();
    try {
      JsonLd.toRdf(JsonDocument.of(new StringReader(document)))
          .provide(
              new RdfQuadConsumer() {
                @Override
                public RdfQuadConsumer quad(
                    String subject,
                    String predicate,
                    String object,
                    @Nullable String datatype,
                    @Nullable String language,
                    @Nullable String direction,
                    @Nullable String graph) {
                  triples.add(new Triple(subject, predicate, object, datatype, language));
                  return this;
                }
              });
    } catch (JsonLdError e) {
      throw new AssertionError("not JSON-LD that converts to RDF: " + e.getMessage(), e);
    }
    return new Rdf(triples);
  }

  List<Triple> triples() {
    return triples;
  }

  /** The IRIs and blank nodes {@code subject} points to through {@code predicate}. */
  Set<String> resources(String subject, String predicate) {
    return about(subject, predicate)
        .filter(t -> !t.isLiteral())
        .map(Triple::object)
        .collect(Collectors.toSet());
  }

  /** The literals of {@code subject} through {@code predicate}, in their order in the document. */
  List<Triple> literals(String subject, String predicate) {
    return about(subject, predicate).filter(Triple::isLiteral).toList();
  }

  /** The one literal of {@code subject} through {@code predicate}. */
  Triple literal(String subject, String predicate) {
    List<Triple> found = literals(subject, predicate);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + predicate + " of " + subject + ", found " + found);
    }
    return found.get(0);
  }

  Set<String> types(String subject) {
    return resources(subject, TYPE);
  }

  /** Every subject of type {@code type}. */
  Set<String> ofType(String type) {
    return triples.stream()
        .filter(t -> t.predicate().equals(TYPE) && t.object().equals(type))
        .map(Triple::subject)
        .collect(Collectors.toSet());
  }

  Set<String> subjects() {
    return triples.stream().map(Triple::subject).collect(Collectors.toSet());
  }

  Optional<Triple> first(String subject, String predicate) {
    return about(subject, predicate).findFirst();
  }

  private Stream<Triple> about(String subject, String predicate) {
    return triples.stream()
        .filter(t -> t.subject().equals(subject) && Objects.equals(t.predicate(), predicate));
  }
}
