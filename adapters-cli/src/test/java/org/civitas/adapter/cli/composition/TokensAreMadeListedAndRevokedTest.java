package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civitas token}: a secret shown once, a list without secrets, revocation by id. */
class TokensAreMadeListedAndRevokedTest {

  @TempDir Path directory;

  private String db;

  @BeforeEach
  void importTheExamples() {
    db = Databases.h2(directory, "tokens");
    assertThat(Command.run(Databases.words(Databases.examples(), "import", "--db", db)).exitCode())
        .isZero();
  }

  @Test
  void a_token_is_shown_once_listed_without_its_secret_then_revoked() {
    // when
    Command created =
        Command.run(
            "token",
            "create",
            "--role",
            "editor",
            "--scope",
            "msisf",
            "--subject",
            "Amina Tazi",
            "--db",
            db);
    Command listed = Command.run("token", "list", "--db", db);

    // then
    assertThat(created.exitCode()).isZero();
    List<String> lines = created.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("Token [0-9a-f]{16} for Amina Tazi \\(editor over msisf\\):");
    String id = lines.get(0).substring(6, 22);
    String secret = lines.get(1);
    assertThat(secret).isNotBlank().doesNotContain(" ");
    assertThat(lines.get(2)).isEqualTo("Keep it now: it will not be shown again.");
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.outLines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("ID")
        .contains("SUBJECT", "ROLE", "SCOPE", "CREATED", "REVOKED");
    assertThat(listed.outLines().get(1))
        .startsWith(id)
        .contains("Amina Tazi", "editor", "msisf")
        .endsWith("-");
    assertThat(listed.out()).doesNotContain(secret);

    // when
    Command revoked = Command.run("token", "revoke", id, "--db", db);
    JsonNode after = Command.run("token", "list", "--format", "json", "--db", db).json();

    // then
    assertThat(revoked.exitCode()).isZero();
    assertThat(revoked.out()).startsWith("Token " + id + " of Amina Tazi revoked at ");
    JsonNode token = after.get("tokens").get(0);
    assertThat(after.get("tokens")).hasSize(1);
    assertThat(token.get("id").asText()).isEqualTo(id);
    assertThat(token.get("subject").asText()).isEqualTo("Amina Tazi");
    assertThat(token.get("role").asText()).isEqualTo("editor");
    assertThat(token.get("scope").asText()).isEqualTo("msisf");
    assertThat(token.get("revokedAt").isTextual()).isTrue();
    assertThat(after.toString()).doesNotContain(secret);
  }

  @Test
  void revoking_an_unknown_token_is_refused_with_exit_code_1() {
    // when
    Command revoked = Command.run("token", "revoke", "0123456789abcdef", "--db", db);

    // then
    assertThat(revoked.exitCode()).isEqualTo(1);
    assertThat(revoked.errLines()).hasSize(1).first().asString().contains("0123456789abcdef");
  }

  @Test
  void a_token_over_a_unit_not_stored_is_refused_with_exit_code_1() {
    // when
    Command created =
        Command.run(
            "token",
            "create",
            "--role",
            "admin",
            "--scope",
            "nowhere",
            "--subject",
            "X",
            "--db",
            db);

    // then
    assertThat(created.exitCode()).isEqualTo(1);
    assertThat(created.out()).isEmpty();
    assertThat(Command.run("token", "list", "--db", db).out()).startsWith("No token yet");
  }
}
