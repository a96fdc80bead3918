package org.civitas.domain.organization;

import java.util.Optional;
import org.civitas.domain.text.LocalizedText;

/** A post in a unit (Secrétaire général, chef de service), independent of who holds it. */
public record Post(LocalizedText title, Optional<String> holder, PostRole role) {

  public static Post vacant(LocalizedText title, PostRole role) {
    return new Post(title, Optional.empty(), role);
  }
}
