package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import org.civitas.domain.strategy.Action;
import org.civitas.domain.strategy.Axis;
import org.civitas.domain.strategy.Objective;

/** How the elements of a strategy are named, in {@code show strategy} and {@code coverage}. */
final class StrategyText {

  private StrategyText() {}

  /** {@code Strategic axis 1 — Appui institutionnel …}, {@code Support axis 2 — …}. */
  static String axis(Axis axis, Style style) {
    String kind =
        switch (axis.kind()) {
          case STRATEGIC -> "Strategic axis";
          case SUPPORT -> "Support axis";
          case PROGRAM -> "Programme";
        };
    return style.bold(kind + number(axis.number()))
        + " — "
        + axis.title().text()
        + " "
        + style.dim("(" + axis.id() + ")");
  }

  /** {@code Objective 1 — Restructuration des composantes du Pôle social}. */
  static String objective(Objective objective, Style style) {
    return style.bold("Objective" + number(objective.number()))
        + " — "
        + objective.title().text()
        + " "
        + style.dim("(" + objective.id() + ")");
  }

  /** {@code axe-1-1-a Préparer un nouveau projet …}. */
  static String action(Action action, Style style) {
    return style.bold(action.id().value()) + "  " + action.text().text();
  }

  /** {@code {id, kind, number, title}} of an axis. */
  static ObjectNode json(Axis axis) {
    ObjectNode node = Json.object().put("id", axis.id().value()).put("kind", axis.kind().code());
    number(node, axis.number());
    return node.put("title", axis.title().text());
  }

  /** {@code {id, number, title}} of an objective. */
  static ObjectNode json(Objective objective) {
    ObjectNode node = Json.object().put("id", objective.id().value());
    number(node, objective.number());
    return node.put("title", objective.title().text());
  }

  private static String number(OptionalInt number) {
    return number.isPresent() ? " " + number.getAsInt() : "";
  }

  private static void number(ObjectNode node, OptionalInt number) {
    if (number.isPresent()) {
      node.put("number", number.getAsInt());
    } else {
      node.putNull("number");
    }
  }
}
