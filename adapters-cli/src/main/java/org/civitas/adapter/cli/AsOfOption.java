package org.civitas.adapter.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --as-of DATE}: the day a query is asked about; today (the application's clock) if not
 * given.
 */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Day.class,
      description =
          "The day asked about, a full date written YYYY-MM-DD (e.g. 2026-11-22); today when not given.")
  private @Nullable LocalDate date;

  Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** Reads a full date only: a month or a year would leave the day to guess. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a day: write a full date YYYY-MM-DD, e.g. 2026-11-22");
      }
    }
  }
}
