package org.civitas.adapter.persistence.memory;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.out.ApiTokenPort;

/** API tokens in memory, for as long as the process runs. Safe to share between threads. */
public final class InMemoryApiTokens implements ApiTokenPort {

  private final Map<ApiTokenId, ApiToken> tokens = new LinkedHashMap<>();

  @Override
  public synchronized Optional<ApiToken> findByHash(String secretHash) {
    return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
  }

  @Override
  public synchronized void save(ApiToken token) {
    if (tokens.containsKey(token.id()) || findByHash(token.secretHash()).isPresent()) {
      throw new IllegalArgumentException("token " + token.id() + " is kept already");
    }
    tokens.put(token.id(), token);
  }

  @Override
  public synchronized ImmutableList<ApiToken> list() {
    return ImmutableList.copyOf(tokens.values());
  }

  @Override
  public synchronized Optional<ApiToken> revoke(ApiTokenId id, Instant at) {
    return Optional.ofNullable(tokens.computeIfPresent(id, (key, token) -> token.revoked(at)));
  }
}
