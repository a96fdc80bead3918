package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree: nothing served undocumented, nothing documented
 * missing.
 */
class EveryRouteIsDocumentedTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_document_is_served_as_openapi_3() {
    // when
    TestServer.Answer answer = server.get("/api/v1/openapi.json");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    JsonNode document = answer.json();
    assertThat(document.path("openapi").asText()).startsWith("3.0");
    assertThat(document.path("info").path("description").asText())
        .contains("https://civitas.example/problems/unknown-id");
  }

  @Test
  void every_route_served_is_documented_with_its_method() {
    // given
    Set<String> documented = operations(document());

    // when
    Set<String> served = new TreeSet<>();
    server.server.routes().forEach(r -> served.add(r.method().name() + " " + r.path()));

    // then
    assertThat(documented).isEqualTo(served);
  }

  @Test
  void every_problem_type_is_documented() {
    // given
    String description = document().path("info").path("description").asText();

    // then
    for (ProblemType type : ProblemType.values()) {
      assertThat(description).contains("`" + type.uri() + "` (" + type.status() + ")");
    }
  }

  @Test
  void every_documented_operation_answers() {
    // given
    JsonNode document = document();
    List<String> wrong = new ArrayList<>();

    // when each operation is called with the example values of its path parameters
    for (String operation : operations(document)) {
      String method = operation.substring(0, operation.indexOf(' '));
      String template = operation.substring(operation.indexOf(' ') + 1);
      JsonNode op = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
      String path = withExamples(template, op, document);
      HttpRequest request =
          server
              .request(path, "Authorization", TestServer.bearer(server.admin))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      int status = server.send(request).status();
      if (status == 404 || status == 405 || status >= 500) {
        wrong.add(operation + " -> " + status);
      }
    }

    // then
    assertThat(wrong).isEmpty();
  }

  private JsonNode document() {
    return server.get("/api/v1/openapi.json").json();
  }

  private static Set<String> operations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (METHODS.contains(method)) {
                  operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
              });
    }
    return operations;
  }

  /** The path with each parameter replaced by the example its schema gives. */
  private static String withExamples(String template, JsonNode operation, JsonNode document) {
    String path = template;
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode resolved = parameter;
      if (parameter.has("$ref")) {
        String name = parameter.path("$ref").asText().replace("#/components/parameters/", "");
        resolved = document.path("components").path("parameters").path(name);
      }
      if (resolved.path("in").asText().equals("path")) {
        String example = resolved.path("schema").path("example").asText();
        assertThat(example).as("example of " + resolved.path("name")).isNotEmpty();
        path = path.replace("{" + resolved.path("name").asText() + "}", example);
      }
    }
    assertThat(path).doesNotContain("{");
    return path;
  }
}
