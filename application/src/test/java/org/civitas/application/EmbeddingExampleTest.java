package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ReportActivityProgressCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.ScheduleState;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

/** The example of the README's « Embed it », run as written there. */
class EmbeddingExampleTest {

  private static final String START = "// README example: start";
  private static final String END = "// README example: end";

  /** What the example leaves for the test to check. */
  record Outcome(CommitmentView view, Versioned<Commitment> saved) {}

  @Test
  void the_readme_example_imports_asks_and_reports() {
    // given any store: here the application's test fake
    FakeStore store = new FakeStore();

    // when
    Outcome outcome = example(store);

    // then
    assertThat(outcome.view().progress().getAsDouble()).isCloseTo(35.0, within(1e-9));
    assertThat(outcome.view().state()).contains(ScheduleState.OVERDUE);
    assertThat(outcome.saved().version()).isEqualTo(2);
    assertThat(store.loadCommitment(CommitmentId.of("upe")).orElseThrow())
        .isEqualTo(outcome.saved());
    assertThat(store.entries())
        .extracting(e -> e.action())
        .containsExactly("snapshot.import", "activity.progress");
  }

  @Test
  void the_readme_shows_the_example_as_it_is_run() throws IOException {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            Path.of("src/test/java/org/civitas/application/EmbeddingExampleTest.java"),
            StandardCharsets.UTF_8);

    // when
    String shown = javaBlockAfter(readme, "## Embed it");
    String run = between(source, START, END);

    // then
    assertThat(shown).isEqualTo(run);
  }

  static Outcome example(CivitasStore store) {
    // README example: start
    Civitas civitas =
        Civitas.builder()
            .store(store) // any CivitasStore: InMemoryStore, a JDBC store
            .clock(Clock.systemUTC()) // optional: the system clock in UTC is the default
            .build();

    // A ministry's record, made in code here; the dataset codec reads it from YAML or JSON.
    OrgUnit msisf =
        OrgUnit.builder()
            .id(UnitId.of("msisf"))
            .kind(UnitKind.MINISTRY)
            .name(
                LocalizedText.of(
                    "fr", "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille"))
            .acronym("MSISF")
            .build();
    Period plan = Period.of(PartialDate.parse("2024-01"), PartialDate.parse("2025-12"));
    Commitment upe =
        Commitment.builder()
            .id(CommitmentId.of("upe"))
            .title(
                LocalizedText.of(
                    "fr",
                    "Appui aux associations pour créer les unités de protection de l'enfance"))
            .lead(msisf.id())
            .addActivities(
                new Activity(
                    ActivityId.of("suivi"),
                    LocalizedText.of("fr", "Suivi de l'appui à la mise en place des UPE"),
                    plan,
                    ActivityStatus.IN_PROGRESS,
                    30,
                    1),
                new Activity(
                    ActivityId.of("formation"),
                    LocalizedText.of("fr", "Formation des travailleurs sociaux des UPE"),
                    plan,
                    ActivityStatus.IN_PROGRESS,
                    40,
                    1))
            .build();

    // Import: validated, then stored whole; any error throws SnapshotRefused and stores nothing.
    civitas
        .importSnapshot()
        .importSnapshot(
            ImportSnapshotCommand.of(
                new Snapshot(ImmutableList.of(msisf), ImmutableList.of(), ImmutableList.of(upe)),
                "dsi"));

    // Ask: the figures as of a day (today when no day is given).
    CommitmentView view =
        civitas
            .showCommitment()
            .show(ShowCommitmentQuery.on(upe.id(), LocalDate.parse("2026-11-22")));
    // view.progress() is 35.0, view.state() is OVERDUE

    // Change: against the version read; had someone changed it since, VersionConflict.
    Versioned<Commitment> saved =
        civitas
            .reportActivityProgress()
            .report(
                new ReportActivityProgressCommand(
                    upe.id(),
                    ActivityId.of("suivi"),
                    ActivityStatus.IN_PROGRESS,
                    50,
                    Optional.of("rapport semestriel"),
                    view.version(),
                    "point-focal-msisf"));
    // README example: end
    return new Outcome(view, saved);
  }

  /** The first ```java block after {@code heading}, without its fences. */
  private static String javaBlockAfter(String markdown, String heading) {
    int section = markdown.indexOf("\n" + heading + "\n");
    assertThat(section).as("README section " + heading).isNotNegative();
    int open = markdown.indexOf("```java\n", section);
    int close = markdown.indexOf("\n```", open);
    return markdown.substring(open + "```java\n".length(), close + 1);
  }

  /** The lines strictly between two marker lines, their common indentation removed. */
  private static String between(String source, String start, String end) {
    List<String> lines = Arrays.asList(source.split("\n", -1));
    int from = indexOfLine(lines, start) + 1;
    int to = indexOfLine(lines, end);
    List<String> block = lines.subList(from, to);
    int indent =
        block.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return block.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static int indexOfLine(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + marker + "' in the example's source");
  }
}
