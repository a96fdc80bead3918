package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.ApiToken;

/** Every API token made, revoked ones included, without their secrets. */
public interface ListApiTokensUseCase {

  ImmutableList<ApiToken> list();
}
