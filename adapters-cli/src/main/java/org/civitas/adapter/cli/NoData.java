package org.civitas.adapter.cli;

/**
 * A query found nothing to read: no dataset files were given and the database does not exist yet or
 * holds nothing. A usage error (exit 2): the remedy is to import a dataset or name the files.
 */
public final class NoData extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final String REMEDY =
      "import a dataset first with `civitas import FILE…`, or give --data FILE";

  private NoData(String message) {
    super(message);
  }

  /** There is no database at {@code where} yet. */
  public static NoData noDatabase(String where) {
    return new NoData("no data: " + REMEDY + " (there is no database at " + where + " yet)");
  }

  /** The database at {@code where} exists, and holds nothing. */
  public static NoData emptyDatabase(String where) {
    return new NoData("no data: " + REMEDY + " (the database " + where + " holds nothing yet)");
  }
}
