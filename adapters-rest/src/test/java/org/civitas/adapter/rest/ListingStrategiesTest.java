package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The strategies on record, listed so that a client can offer them without knowing their ids. */
class ListingStrategiesTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void every_strategy_comes_in_the_order_stored_with_its_size() {
    // when
    TestServer.Answer answer = server.get("/api/v1/strategies");

    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode items = answer.json().path("items");
    assertThat(items).hasSize(2);
    JsonNode social = items.get(0);
    assertThat(social.path("id").asText()).isEqualTo("pole-social-4-4");
    assertThat(social.path("title").path("fr").asText()).isEqualTo("Stratégie du pôle Social");
    assertThat(social.path("owner").asText()).isEqualTo("msisf");
    assertThat(social.path("axes").asInt()).isEqualTo(8);
    assertThat(social.path("objectives").asInt()).isEqualTo(21);
    assertThat(social.path("actions").asInt()).isEqualTo(58);
    JsonNode indh = items.get(1);
    assertThat(indh.has("owner")).isFalse();
    assertThat(indh.path("axes").asInt()).isEqualTo(4);
    assertThat(indh.path("actions").asInt()).isZero();
    assertThat(answer.json().has("nextCursor")).isFalse();
  }

  @Test
  void the_list_comes_a_page_at_a_time() {
    // when
    JsonNode first = server.get("/api/v1/strategies?limit=1").json();
    JsonNode second =
        server.get("/api/v1/strategies?limit=1&cursor=" + first.path("nextCursor").asText()).json();

    // then
    assertThat(first.path("items")).hasSize(1);
    assertThat(second.path("items").get(0).path("id").asText())
        .isNotEqualTo(first.path("items").get(0).path("id").asText());
    assertThat(second.has("nextCursor")).isFalse();
  }

  @Test
  void reads_closed_to_the_public_need_a_token() {
    // given
    try (TestServer closed = TestServer.start(RestConfig.DEFAULT.withPublicReads(false))) {

      // when
      TestServer.Answer anonymous = closed.get("/api/v1/strategies");
      TestServer.Answer editor =
          closed.get("/api/v1/strategies", "Authorization", TestServer.bearer(closed.editorOfDgpe));

      // then
      anonymous.problem(401, "unauthenticated");
      assertThat(editor.status()).isEqualTo(200);
    }
  }
}
