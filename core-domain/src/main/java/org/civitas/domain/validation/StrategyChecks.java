package org.civitas.domain.validation;

/** What a strategy leaves open: {@code action.unowned}. */
final class StrategyChecks {

  private StrategyChecks() {}

  /** {@code action.unowned}: an action that no unit owns, so nobody answers for it. */
  static void unownedActions(Document document, Reporter reporter) {
    document
        .actions()
        .filter(action -> action.value().owners().isEmpty())
        .forEach(
            action ->
                reporter.report(
                    action.at("owners"),
                    String.format(
                        "action '%s' has no owner: name the unit(s) in charge of it under owners,"
                            + " when a source says who",
                        action.value().id())));
  }
}
