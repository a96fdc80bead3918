package org.civitas.adapter.persistence.opendata;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.civitas.adapter.persistence.csv.CsvRows;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.Partner;
import org.civitas.domain.commitment.Progress;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;

/**
 * Writes the commitments as one flat CSV table in the shape of an Open Government Partnership
 * action plan: one row per milestone (activity), each repeating its commitment's fields, with the
 * figures derived on the day asked. A commitment without activity gets one row, its milestone
 * columns empty. Written as {@link CsvRows} writes every table: header row, RFC 4180, CRLF; the
 * columns are described in docs/open-data.md.
 */
public final class OgpCsvExport {

  /** The header row. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "commitment_id",
          "commitment_title",
          "lead_institution_id",
          "lead_institution",
          "contributors",
          "partners",
          "period_start",
          "period_end",
          "problem",
          "solution",
          "expected_result",
          "milestone_id",
          "milestone_title",
          "milestone_start",
          "milestone_end",
          "milestone_status",
          "milestone_progress",
          "milestone_weight",
          "as_of",
          "milestone_expected_progress",
          "milestone_schedule_state",
          "commitment_progress",
          "commitment_schedule_state");

  /** From {@code milestone_id} to {@code milestone_weight}. */
  private static final int MILESTONE_COLUMNS = 7;

  /** Between the names of a list in one field. */
  private static final String LIST = "; ";

  /** Writes the header, then the rows of every commitment in the order stored. */
  public void write(Snapshot snapshot, LocalDate asOf, Writer out) throws IOException {
    CsvRows.write(HEADER, out);
    OrgChart units = snapshot.chart();
    for (Commitment commitment : snapshot.commitments()) {
      List<String> fields = commitment(units, commitment, asOf);
      if (commitment.activities().isEmpty()) {
        CsvRows.write(
            ImmutableList.<String>builder()
                .addAll(fields)
                .addAll(Collections.nCopies(MILESTONE_COLUMNS, ""))
                .add(asOf.toString(), "", "")
                .addAll(figures(commitment, asOf))
                .build(),
            out);
      }
      for (Activity activity : commitment.activities()) {
        CsvRows.write(
            ImmutableList.<String>builder()
                .addAll(fields)
                .addAll(milestone(activity))
                .add(asOf.toString())
                .add(percent(Progress.expected(activity, asOf)))
                .add(Progress.state(activity, asOf).code())
                .addAll(figures(commitment, asOf))
                .build(),
            out);
      }
    }
    out.flush();
  }

  /** The columns every row of a commitment repeats, up to {@code expected_result}. */
  private static List<String> commitment(OrgChart units, Commitment commitment, LocalDate asOf) {
    return List.of(
        commitment.id().value(),
        commitment.title().text(),
        commitment.lead().value(),
        name(units, commitment.lead(), asOf),
        commitment.contributors().stream()
            .map(unit -> name(units, unit, asOf))
            .collect(Collectors.joining(LIST)),
        commitment.partners().stream()
            .map(Partner::name)
            .map(LocalizedText::text)
            .collect(Collectors.joining(LIST)),
        date(commitment.period().start()),
        date(commitment.period().end()),
        text(commitment.problem()),
        text(commitment.solution()),
        text(commitment.expectedResult()));
  }

  private static List<String> milestone(Activity activity) {
    return List.of(
        activity.id().value(),
        activity.title().text(),
        date(activity.period().start()),
        date(activity.period().end()),
        activity.status().code(),
        CsvRows.number(activity.progress()),
        CsvRows.number(activity.weight()));
  }

  /** The commitment's progress and schedule state on {@code asOf}. */
  private static List<String> figures(Commitment commitment, LocalDate asOf) {
    return List.of(
        percent(Progress.of(commitment)),
        Progress.state(commitment, asOf).map(ScheduleState::code).orElse(""));
  }

  /** A unit's name on {@code asOf}, or its id when the record does not hold the unit. */
  private static String name(OrgChart units, UnitId unit, LocalDate asOf) {
    return units.unit(unit).map(u -> u.nameOn(asOf).name().text()).orElse(unit.value());
  }

  /** A percentage to one decimal, without trailing zeros: {@code 35}, {@code 77.6}. */
  private static String percent(OptionalDouble value) {
    return value.isPresent()
        ? CsvRows.number(BigDecimal.valueOf(value.getAsDouble()).setScale(1, RoundingMode.HALF_UP))
        : "";
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("");
  }

  private static String text(Optional<LocalizedText> text) {
    return text.map(LocalizedText::text).orElse("");
  }
}
