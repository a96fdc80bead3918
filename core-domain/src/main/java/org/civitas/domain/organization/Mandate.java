package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a unit is charged with: its ordered attributions, the legal text that gives them, and
 * whether the list is complete. A text that says « notamment » gives a list that is not.
 */
public record Mandate(
    Optional<String> basis, boolean exhaustive, ImmutableList<Attribution> attributions) {}
