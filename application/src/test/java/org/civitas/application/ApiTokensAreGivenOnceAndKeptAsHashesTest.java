package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.NotAuthenticated;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.AuthenticateQuery;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.IssuedApiToken;
import org.civitas.application.port.in.RevokeApiTokenCommand;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.domain.organization.UnitId;
import org.junit.jupiter.api.Test;

class ApiTokensAreGivenOnceAndKeptAsHashesTest {

  private static final Instant NOW = Instant.parse("2025-06-30T10:00:00Z");

  private final FakeApiTokens tokens = new FakeApiTokens();
  private final Civitas civitas =
      Civitas.builder()
          .store(FakeStore.holding(Fixtures.togoMinistry()))
          .apiTokens(tokens)
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .build();

  @Test
  void a_token_is_32_random_bytes_of_which_only_the_hash_is_kept() throws Exception {
    // when
    IssuedApiToken issued = create("point-focal-dgas", Actor.Role.EDITOR, "dgas");

    // then
    assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
    ApiToken kept = tokens.list().get(0);
    assertThat(kept.secretHash())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(issued.secret().getBytes(StandardCharsets.UTF_8))));
    assertThat(kept.toString()).doesNotContain(issued.secret());
    assertThat(issued.toString()).doesNotContain(issued.secret());
    assertThat(kept.subject()).isEqualTo("point-focal-dgas");
    assertThat(kept.scope()).isEqualTo(UnitId.of("dgas"));
    assertThat(kept.createdAt()).isEqualTo(NOW);
    assertThat(kept.revokedAt()).isEmpty();
  }

  @Test
  void two_tokens_never_share_a_secret_or_an_id() {
    // when
    IssuedApiToken first = create("a", Actor.Role.EDITOR, "dgas");
    IssuedApiToken second = create("a", Actor.Role.EDITOR, "dgas");

    // then
    assertThat(first.secret()).isNotEqualTo(second.secret());
    assertThat(first.token().id()).isNotEqualTo(second.token().id());
  }

  @Test
  void the_holder_of_a_token_acts_as_its_subject_with_its_role_and_scope() {
    // given
    IssuedApiToken issued = create("point-focal-dgas", Actor.Role.EDITOR, "dgas");

    // when
    Actor actor = civitas.authenticate().authenticate(new AuthenticateQuery(issued.secret()));

    // then
    assertThat(actor).isEqualTo(Actor.editor("point-focal-dgas", UnitId.of("dgas")));
  }

  @Test
  void a_revoked_token_stands_for_nobody_and_keeps_the_day_it_was_revoked() {
    // given
    IssuedApiToken issued = create("ancien", Actor.Role.ADMIN, "masspf");

    // when
    ApiToken revoked =
        civitas.revokeApiToken().revoke(new RevokeApiTokenCommand(issued.token().id(), "dsi"));

    // then
    assertThat(revoked.revokedAt()).contains(NOW);
    assertThat(civitas.listApiTokens().list()).containsExactly(revoked);
    assertThatThrownBy(
            () -> civitas.authenticate().authenticate(new AuthenticateQuery(issued.secret())))
        .isInstanceOfSatisfying(
            NotAuthenticated.class,
            e -> assertThat(e.reason()).isEqualTo(NotAuthenticated.Reason.REVOKED));
  }

  @Test
  void making_and_revoking_a_token_are_audited_without_its_secret_or_hash() {
    // given
    IssuedApiToken issued = create("point-focal-dgas", Actor.Role.EDITOR, "dgas");

    // when
    civitas.revokeApiToken().revoke(new RevokeApiTokenCommand(issued.token().id(), "dsi"));
    civitas.revokeApiToken().revoke(new RevokeApiTokenCommand(issued.token().id(), "dsi"));

    // then
    String subject = "api-token/" + issued.token().id();
    assertThat(tokens.entries())
        .containsExactly(
            new AuditEntry(
                NOW,
                "dsi",
                "token.create",
                subject,
                Optional.empty(),
                Optional.of("editor over dgas, for point-focal-dgas"),
                Optional.empty()),
            new AuditEntry(
                NOW,
                "dsi",
                "token.revoke",
                subject,
                Optional.of("editor over dgas, for point-focal-dgas"),
                Optional.of("revoked"),
                Optional.empty()));
    assertThat(tokens.entries().toString())
        .doesNotContain(issued.secret())
        .doesNotContain(issued.token().secretHash());
  }

  @Test
  void only_an_administrator_makes_or_revokes_tokens() {
    // given
    IssuedApiToken issued = create("point-focal-dgas", Actor.Role.EDITOR, "dgas");
    Actor editor = Actor.editor("point-focal-dgas", UnitId.of("dgas"));

    // when / then
    assertThatThrownBy(
            () ->
                civitas
                    .createApiToken()
                    .create(
                        new CreateApiTokenCommand(
                            "ami", Actor.Role.ADMIN, UnitId.of("masspf"), editor)))
        .isInstanceOf(ChangeForbidden.class)
        .hasMessageContaining("only an administrator may make API tokens");
    assertThatThrownBy(
            () ->
                civitas
                    .revokeApiToken()
                    .revoke(new RevokeApiTokenCommand(issued.token().id(), editor)))
        .isInstanceOf(ChangeForbidden.class);
    assertThat(tokens.list()).hasSize(1);
    assertThat(tokens.entries()).hasSize(1);
  }

  @Test
  void a_secret_no_token_has_is_refused() {
    // given
    create("point-focal-dgas", Actor.Role.EDITOR, "dgas");

    // when / then
    assertThatThrownBy(
            () -> civitas.authenticate().authenticate(new AuthenticateQuery("x".repeat(43))))
        .isInstanceOfSatisfying(
            NotAuthenticated.class,
            e -> assertThat(e.reason()).isEqualTo(NotAuthenticated.Reason.UNKNOWN));
  }

  @Test
  void a_token_for_a_unit_that_is_not_stored_is_not_made() {
    // when / then
    assertThatThrownBy(() -> create("x", Actor.Role.EDITOR, "dgxx"))
        .isInstanceOf(UnknownId.class)
        .hasMessageContaining("dgxx");
    assertThat(tokens.list()).isEmpty();
  }

  @Test
  void without_a_place_for_tokens_nobody_authenticates_and_none_can_be_made() {
    // given
    Civitas bare = Civitas.builder().store(FakeStore.holding(Fixtures.togoMinistry())).build();

    // when / then
    assertThatThrownBy(
            () -> bare.authenticate().authenticate(new AuthenticateQuery("y".repeat(43))))
        .isInstanceOf(NotAuthenticated.class);
    assertThatThrownBy(
            () ->
                bare.createApiToken()
                    .create(
                        new CreateApiTokenCommand(
                            "x", Actor.Role.ADMIN, UnitId.of("masspf"), "dsi")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiTokens(");
    assertThat(bare.listApiTokens().list()).isEmpty();
  }

  private IssuedApiToken create(String subject, Actor.Role role, String scope) {
    return civitas
        .createApiToken()
        .create(new CreateApiTokenCommand(subject, role, UnitId.of(scope), "dsi"));
  }
}
