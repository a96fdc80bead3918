package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.text.Slug;

/** One item of a unit's mandate, « assurer le suivi administratif des dossiers ». */
public record Attribution(LocalizedText text, ImmutableList<String> themes) {

  public Attribution {
    themes.forEach(theme -> Slug.require(theme, "theme"));
  }

  public static Attribution of(LocalizedText text) {
    return new Attribution(text, ImmutableList.of());
  }
}
