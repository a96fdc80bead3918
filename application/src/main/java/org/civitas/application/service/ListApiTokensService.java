package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.in.ListApiTokensUseCase;
import org.civitas.application.port.out.ApiTokenPort;

/** Reads the tokens kept. */
public final class ListApiTokensService implements ListApiTokensUseCase {

  private final ApiTokenPort tokens;

  public ListApiTokensService(ApiTokenPort tokens) {
    this.tokens = tokens;
  }

  @Override
  public ImmutableList<ApiToken> list() {
    return tokens.list();
  }
}
