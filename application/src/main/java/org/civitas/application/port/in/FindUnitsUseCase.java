package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.UnitSearch;

/** The units whose name, acronym or attributions match a text, best first. */
public interface FindUnitsUseCase {

  ImmutableList<UnitSearch.Match> find(FindUnitsQuery query);
}
