package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;

/** A query was asked of a dataset with errors: nothing is answered from data that is wrong. */
final class DatasetHasErrors extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Dataset.FileFinding> errors;
  private final transient ImmutableList<String> files;

  DatasetHasErrors(ImmutableList<Dataset.FileFinding> errors, ImmutableList<String> files) {
    super(
        "the dataset has "
            + Text.count(errors.size(), "error", "errors")
            + ": correct "
            + (errors.size() == 1 ? "it" : "them")
            + " (civitas validate "
            + String.join(" ", files)
            + ") and ask again");
    this.errors = errors;
    this.files = files;
  }

  ImmutableList<Dataset.FileFinding> errors() {
    return errors;
  }

  /** Whether findings name their file: when several files were read. */
  boolean severalFiles() {
    return files.size() > 1;
  }
}
