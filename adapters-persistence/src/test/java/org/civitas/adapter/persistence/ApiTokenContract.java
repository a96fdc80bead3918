package org.civitas.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every keeper of API tokens promises: each keeper's test extends this class and says how to
 * make an empty one. A keeper is a store, in whose audit log making and revoking a token are
 * written with the change.
 */
public abstract class ApiTokenContract<T extends ApiTokenPort & AuditLogPort> {

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

  private static AuditEntry made(ApiToken token) {
    return Fixtures.entry("dsi", "token.create", "api-token/" + token.id());
  }

  private static AuditEntry ended(ApiToken token) {
    return Fixtures.entry("dsi", "token.revoke", "api-token/" + token.id());
  }

  @Test
  void a_saved_token_is_found_by_its_hash_and_listed_in_the_order_made() {
    // given
    ApiToken first = token("00000000000000a1", "Amina", 'a');
    ApiToken second = token("00000000000000b2", "Suivi SI", 'b');

    // when
    tokens.save(first, made(first));
    tokens.save(second, made(second));

    // then
    assertThat(tokens.findByHash("b".repeat(64))).contains(second);
    assertThat(tokens.findByHash("c".repeat(64))).isEmpty();
    assertThat(tokens.find(first.id())).contains(first);
    assertThat(tokens.find(ApiTokenId.of("0123456789abcdef"))).isEmpty();
    assertThat(tokens.list()).containsExactly(first, second);
    assertThat(tokens.entries()).containsExactly(made(first), made(second));
  }

  @Test
  void a_token_with_the_id_or_hash_of_one_kept_is_refused() {
    // given
    ApiToken kept = token("00000000000000a1", "Amina", 'a');
    tokens.save(kept, made(kept));
    ApiToken sameId = token("00000000000000a1", "Autre", 'b');
    ApiToken sameHash = token("00000000000000c3", "Autre", 'a');

    // then
    assertThatIllegalArgumentException().isThrownBy(() -> tokens.save(sameId, made(sameId)));
    assertThatIllegalArgumentException().isThrownBy(() -> tokens.save(sameHash, made(sameHash)));
    assertThat(tokens.list()).hasSize(1);
    assertThat(tokens.entries()).as("no entry for a token not kept").containsExactly(made(kept));
  }

  @Test
  void a_revoked_token_keeps_its_first_date_and_stays_listed() {
    // given
    ApiToken held = token("00000000000000a1", "Amina", 'a');
    tokens.save(held, made(held));

    // when
    Optional<ApiToken> revoked = tokens.revoke(held.id(), ENDED, ended(held));
    Optional<ApiToken> again = tokens.revoke(held.id(), ENDED.plusSeconds(60), ended(held));

    // then
    assertThat(revoked).contains(held.revoked(ENDED));
    assertThat(again).contains(held.revoked(ENDED));
    assertThat(tokens.list()).containsExactly(held.revoked(ENDED));
    assertThat(tokens.findByHash(held.secretHash()).map(ApiToken::revokedAt))
        .contains(Optional.of(ENDED));
    assertThat(tokens.entries())
        .as("the revocation is told once")
        .containsExactly(made(held), ended(held));
  }

  @Test
  void revoking_an_unknown_token_answers_nothing() {
    // when
    ApiToken unknown = token("0123456789abcdef", "Personne", 'd');
    Optional<ApiToken> revoked = tokens.revoke(unknown.id(), ENDED, ended(unknown));

    // then
    assertThat(revoked).isEmpty();
    assertThat(tokens.entries()).isEmpty();
  }
}
