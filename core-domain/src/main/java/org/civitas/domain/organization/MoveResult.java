package org.civitas.domain.organization;

/** What became of a request to move a unit: the new chart, or why it was refused. */
public sealed interface MoveResult {

  record Moved(OrgChart chart, UnitMoved event) implements MoveResult {}

  record Refused(MoveRefusal reason) implements MoveResult {}
}
