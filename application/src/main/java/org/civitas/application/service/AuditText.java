package org.civitas.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.out.LoadSnapshotPort.Counts;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.Territory;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitLink;
import org.civitas.domain.text.LocalizedText;

/**
 * How the audit log writes states, for people who read it later, and how the states that figures
 * are replayed from are read back: each form is written and read here alone.
 */
final class AuditText {

  /** The action of an import, which replaces the whole record. */
  static final String SNAPSHOT_IMPORT = "snapshot.import";

  /** The action of an activity's progress report. */
  static final String ACTIVITY_PROGRESS = "activity.progress";

  private AuditText() {}

  /** The subject of an activity's reports: {@code commitment/upe/activity/suivi}. */
  static String activity(CommitmentId commitment, ActivityId activity) {
    return "commitment/" + commitment + "/activity/" + activity;
  }

  static String contents(Counts counts) {
    return count(counts.units(), "unit")
        + ", "
        + count(counts.strategies(), "strategy", "strategies")
        + ", "
        + count(counts.commitments(), "commitment");
  }

  static String report(Activity activity) {
    return Reported.of(activity).text();
  }

  static String measurement(Measurement measurement) {
    return measurement.date() + ": " + measurement.value().toPlainString();
  }

  /** An activity's status and progress as a report left them: {@code in-progress, 30%}. */
  record Reported(ActivityStatus status, double progress) {

    private static final Pattern FORM =
        Pattern.compile("([a-z]+(?:-[a-z]+)*), (\\d+(?:\\.\\d+)?)%");

    static Reported of(Activity activity) {
      return new Reported(activity.status(), activity.progress());
    }

    String text() {
      return status.code() + ", " + number(progress) + "%";
    }

    /** The state {@link #text} wrote; empty for any other text. */
    static Optional<Reported> parse(String text) {
      Matcher m = FORM.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      double progress = Double.parseDouble(m.group(2));
      return ActivityStatus.fromCode(m.group(1))
          .filter(status -> progress <= 100)
          .map(status -> new Reported(status, progress));
    }

    /** {@code activity} with this status and progress. */
    Activity applyTo(Activity activity) {
      return activity.reported(status, progress);
    }
  }

  /** A unit as created: what it is, its name, and where it stands from when. */
  static String created(OrgUnit unit, Optional<UnitId> parent, LocalDate from) {
    return unit.kind().code() + " " + text(unit.name()) + ", " + place(parent) + " from " + from;
  }

  /** A name as people read it: its acronym, then its text in each of its languages. */
  static String name(LocalizedText name, Optional<String> acronym) {
    return acronym.map(a -> a + " — ").orElse("") + text(name);
  }

  /** Units by their ids: {@code dpsv, daed}. */
  static String units(List<UnitId> units) {
    return units.stream().map(UnitId::toString).collect(Collectors.joining(", "));
  }

  /** Where a unit stands: under its parent, or at the top. */
  static String place(Optional<UnitId> parent) {
    return parent.map(p -> "under " + p).orElse("at the top of the structure");
  }

  /** A token as its holder and its rights, never its secret nor the hash of it. */
  static String token(ApiToken token) {
    return token.role().code() + " over " + token.scope() + ", for " + token.subject();
  }

  /** The properties that differ between {@code before} and {@code after}: one text for each. */
  record Difference(String before, String after) {}

  static Difference difference(UnitProperties before, UnitProperties after) {
    List<String> was = new ArrayList<>();
    List<String> is = new ArrayList<>();
    compare("kind", before, after, p -> p.kind().code(), was, is);
    compare("name", before, after, p -> text(p.name()), was, is);
    compare("acronym", before, after, p -> p.acronym().orElse(NONE), was, is);
    compare(
        "territory",
        before,
        after,
        p -> p.territory().map(AuditText::territory).orElse(NONE),
        was,
        is);
    compare("staff", before, after, p -> staff(p.staff()), was, is);
    compare("posts", before, after, p -> list(p.posts(), AuditText::post), was, is);
    compare(
        "mandate", before, after, p -> p.mandate().map(AuditText::mandate).orElse(NONE), was, is);
    compare("links", before, after, p -> list(p.links(), AuditText::link), was, is);
    return new Difference(String.join("; ", was), String.join("; ", is));
  }

  private static final String NONE = "none";

  private static void compare(
      String field,
      UnitProperties before,
      UnitProperties after,
      Function<UnitProperties, String> shown,
      List<String> was,
      List<String> is) {
    String old = shown.apply(before);
    String now = shown.apply(after);
    if (!old.equals(now)) {
      was.add(field + ": " + old);
      is.add(field + ": " + now);
    }
  }

  /** A text in each of its languages, its own first. */
  private static String text(LocalizedText text) {
    return text.texts().size() == 1
        ? text.text()
        : text.texts().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" | "));
  }

  private static String territory(Territory territory) {
    return territory.level().code() + " " + text(territory.name());
  }

  private static String staff(OptionalInt staff) {
    return staff.isPresent() ? Integer.toString(staff.getAsInt()) : NONE;
  }

  private static String post(Post post) {
    return text(post.title())
        + " ("
        + post.role().code()
        + post.holder().map(h -> ", " + h).orElse("")
        + ")";
  }

  private static String mandate(Mandate mandate) {
    return count(mandate.attributions().size(), "attribution")
        + (mandate.exhaustive() ? "" : ", not exhaustive")
        + mandate.basis().map(b -> ", basis " + b).orElse("")
        + ": "
        + mandate.attributions().stream()
            .map(a -> text(a.text()))
            .collect(Collectors.joining(" / "));
  }

  private static String link(UnitLink link) {
    return link.type().code() + " " + link.unit();
  }

  private static <T> String list(List<T> items, Function<T, String> shown) {
    return items.isEmpty() ? NONE : items.stream().map(shown).collect(Collectors.joining(", "));
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
