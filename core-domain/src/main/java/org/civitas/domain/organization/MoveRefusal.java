package org.civitas.domain.organization;

import java.time.LocalDate;

/** Why a unit cannot be moved. */
public sealed interface MoveRefusal {

  /** Says what is wrong and what to do instead. */
  String message();

  record UnknownUnit(UnitId unit) implements MoveRefusal {
    @Override
    public String message() {
      return "there is no unit '" + unit + "': check the id";
    }
  }

  record NotAlive(UnitId unit, LocalDate date) implements MoveRefusal {
    @Override
    public String message() {
      return "unit '"
          + unit
          + "' does not exist on "
          + date
          + ": choose a date within its lifetime";
    }
  }

  record WouldCreateCycle(UnitId unit, UnitId newParent) implements MoveRefusal {
    @Override
    public String message() {
      return "moving '"
          + unit
          + "' under '"
          + newParent
          + "' would place it under itself:"
          + " move '"
          + newParent
          + "' out of its subtree first";
    }
  }
}
