package org.civitas.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every keeper of API tokens promises: each keeper's test extends this class and says how to
 * make an empty one.
 */
public abstract class ApiTokenContract<T extends ApiTokenPort> {

  private static final Instant MADE = Instant.parse("2026-01-05T09:30:00Z");
  private static final Instant ENDED = Instant.parse("2026-02-01T17:00:00Z");

  protected T tokens;

  /** A new keeper holding no token. */
  protected abstract T newTokens();

  @BeforeEach
  void emptyTokens() {
    tokens = newTokens();
  }

  @AfterEach
  void closeTokens() throws Exception {
    if (tokens instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  private static ApiToken token(String id, String subject, char hash) {
    return new ApiToken(
        ApiTokenId.of(id),
        subject,
        Actor.Role.EDITOR,
        UnitId.of("upe"),
        MADE,
        Optional.empty(),
        String.valueOf(hash).repeat(64));
  }

  @Test
  void a_saved_token_is_found_by_its_hash_and_listed_in_the_order_made() {
    // given
    ApiToken first = token("00000000000000a1", "Amina", 'a');
    ApiToken second = token("00000000000000b2", "Suivi SI", 'b');

    // when
    tokens.save(first);
    tokens.save(second);

    // then
    assertThat(tokens.findByHash("b".repeat(64))).contains(second);
    assertThat(tokens.findByHash("c".repeat(64))).isEmpty();
    assertThat(tokens.list()).containsExactly(first, second);
  }

  @Test
  void a_token_with_the_id_or_hash_of_one_kept_is_refused() {
    // given
    tokens.save(token("00000000000000a1", "Amina", 'a'));

    // then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> tokens.save(token("00000000000000a1", "Autre", 'b')));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> tokens.save(token("00000000000000c3", "Autre", 'a')));
    assertThat(tokens.list()).hasSize(1);
  }

  @Test
  void a_revoked_token_keeps_its_first_date_and_stays_listed() {
    // given
    ApiToken made = token("00000000000000a1", "Amina", 'a');
    tokens.save(made);

    // when
    Optional<ApiToken> revoked = tokens.revoke(made.id(), ENDED);
    Optional<ApiToken> again = tokens.revoke(made.id(), ENDED.plusSeconds(60));

    // then
    assertThat(revoked).contains(made.revoked(ENDED));
    assertThat(again).contains(made.revoked(ENDED));
    assertThat(tokens.list()).containsExactly(made.revoked(ENDED));
    assertThat(tokens.findByHash(made.secretHash()).map(ApiToken::revokedAt))
        .contains(Optional.of(ENDED));
  }

  @Test
  void revoking_an_unknown_token_answers_nothing() {
    // when
    Optional<ApiToken> revoked = tokens.revoke(ApiTokenId.of("0123456789abcdef"), ENDED);

    // then
    assertThat(revoked).isEmpty();
  }
}
