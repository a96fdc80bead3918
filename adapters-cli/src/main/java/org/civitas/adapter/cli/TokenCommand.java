package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.IssuedApiToken;
import org.civitas.application.port.in.RevokeApiTokenCommand;
import org.civitas.domain.organization.UnitId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas token create|list|revoke}: the API tokens kept in the database. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Make, list and revoke the API tokens that changes through the REST API need.",
    description = {
      "A token acts as an editor over a unit's subtree, or as an admin. Its secret is shown once, when it is made: the database keeps only its SHA-256. "
          + DatabaseOption.WHERE
    })
final class TokenCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "give a command: create, list or revoke");
  }

  /** {@code civitas token create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      header = "Make a token and print its secret, once.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:success",
        "1:the scope unit is not stored",
        "2:usage or I/O error (no database)"
      })
  static final class Create implements Callable<Integer> {

    private final Wiring wiring;

    @Spec private CommandSpec spec;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "editor|admin",
        description = "editor: changes its scope unit's subtree; admin: changes anything.")
    private Actor.Role role = Actor.Role.EDITOR;

    @Option(
        names = "--scope",
        required = true,
        paramLabel = "UNIT",
        description = "The id of the unit whose subtree the token may change.")
    private String scope = "";

    @Option(
        names = "--subject",
        required = true,
        paramLabel = "NAME",
        description = "Who holds the token: the name the audit log records for its changes.")
    private String subject = "";

    @Mixin private DatabaseOption database;

    Create(Wiring wiring) {
      this.wiring = wiring;
    }

    @Override
    public Integer call() {
      IssuedApiToken issued;
      try (Database target = wiring.database(database.url(), Database.Access.READ)) {
        issued =
            target
                .civitas()
                .createApiToken()
                .create(new CreateApiTokenCommand(subject, role, UnitId.of(scope), target.actor()));
      }
      ApiToken token = issued.token();
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Token "
              + token.id()
              + " for "
              + token.subject()
              + " ("
              + token.role().code()
              + " over "
              + token.scope().value()
              + "):");
      out.println(issued.secret());
      out.println("Keep it now: it will not be shown again.");
      return 0;
    }
  }

  /** {@code civitas token list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      header = "List every token made, revoked ones included, without their secrets.")
  static final class Listing implements Callable<Integer> {

    private final Wiring wiring;

    @Spec private CommandSpec spec;

    @Mixin private DatabaseOption database;
    @Mixin private FormatOption format;

    Listing(Wiring wiring) {
      this.wiring = wiring;
    }

    @Override
    public Integer call() {
      ImmutableList<ApiToken> tokens;
      try (Database target = wiring.database(database.url(), Database.Access.READ)) {
        tokens = target.civitas().listApiTokens().list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format.json()) {
        ObjectNode document = Json.object();
        ArrayNode list = document.putArray("tokens");
        for (ApiToken token : tokens) {
          ObjectNode node = list.addObject();
          node.put("id", token.id().value());
          node.put("subject", token.subject());
          node.put("role", token.role().code());
          node.put("scope", token.scope().value());
          node.put("createdAt", token.createdAt().toString());
          node.put("revokedAt", token.revokedAt().map(Object::toString).orElse(null));
        }
        out.println(Json.write(document));
        return 0;
      }
      if (tokens.isEmpty()) {
        out.println("No token yet: make one with `civitas token create`.");
        return 0;
      }
      String row = "%-16s  %-24s  %-6s  %-16s  %-20s  %s";
      out.println(String.format(row, "ID", "SUBJECT", "ROLE", "SCOPE", "CREATED", "REVOKED"));
      for (ApiToken token : tokens) {
        out.println(
            String.format(
                    row,
                    token.id(),
                    token.subject(),
                    token.role().code(),
                    token.scope().value(),
                    token.createdAt(),
                    token.revokedAt().map(Object::toString).orElse("-"))
                .stripTrailing());
      }
      return 0;
    }
  }

  /** {@code civitas token revoke ID}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      header = "Revoke a token: from now on it stands for nobody.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "1:there is no such token", "2:usage or I/O error"})
  static final class Revoke implements Callable<Integer> {

    private final Wiring wiring;

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The token's id, as `civitas token list` shows.")
    private String id = "";

    @Mixin private DatabaseOption database;

    Revoke(Wiring wiring) {
      this.wiring = wiring;
    }

    @Override
    public Integer call() {
      ApiTokenId token;
      try {
        token = ApiTokenId.of(id);
      } catch (IllegalArgumentException e) {
        throw new CommandRefused(e.getMessage());
      }
      ApiToken revoked;
      try (Database target = wiring.database(database.url(), Database.Access.READ)) {
        revoked =
            target
                .civitas()
                .revokeApiToken()
                .revoke(new RevokeApiTokenCommand(token, target.actor()));
      }
      spec.commandLine()
          .getOut()
          .println(
              "Token "
                  + revoked.id()
                  + " of "
                  + revoked.subject()
                  + " revoked at "
                  + revoked.revokedAt().map(Object::toString).orElse("?"));
      return 0;
    }
  }
}
