package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;

/** API tokens in a map, with the log of their changes, for the application's tests. */
class FakeApiTokens implements ApiTokenPort {

  private final Map<ApiTokenId, ApiToken> tokens = new LinkedHashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();

  /** The entries of the tokens' changes, in the order written. */
  synchronized ImmutableList<AuditEntry> entries() {
    return ImmutableList.copyOf(audit);
  }

  @Override
  public synchronized Optional<ApiToken> find(ApiTokenId id) {
    return Optional.ofNullable(tokens.get(id));
  }

  @Override
  public synchronized Optional<ApiToken> findByHash(String secretHash) {
    return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
  }

  @Override
  public synchronized void save(ApiToken token, AuditEntry entry) {
    if (tokens.putIfAbsent(token.id(), token) != null) {
      throw new IllegalArgumentException("token " + token.id() + " is kept already");
    }
    audit.add(entry);
  }

  @Override
  public synchronized ImmutableList<ApiToken> list() {
    return ImmutableList.copyOf(tokens.values());
  }

  @Override
  public synchronized Optional<ApiToken> revoke(ApiTokenId id, Instant at, AuditEntry entry) {
    ApiToken kept = tokens.get(id);
    if (kept == null) {
      return Optional.empty();
    }
    if (!kept.isRevoked()) {
      tokens.put(id, kept.revoked(at));
      audit.add(entry);
    }
    return Optional.of(tokens.get(id));
  }
}
