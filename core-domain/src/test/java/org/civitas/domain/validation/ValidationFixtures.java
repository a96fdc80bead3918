package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.poleSocial;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowingConsumer;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.ImmutableCommitment;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.strategy.ElementRef;
import org.civitas.domain.strategy.Strategy;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * Snapshots that read like the seeds: the Togolese ministry of social action (seed 000), the «
 * stratégie 4+4 » of the social pole (seed 001) and the commitment on child-protection units (seed
 * 004). Each test starts from a clean fixture and breaks one thing.
 */
final class ValidationFixtures {

  private ValidationFixtures() {}

  static UnitId id(String value) {
    return UnitId.of(value);
  }

  static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }

  static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  static Period period(String start, String end) {
    return Period.of(date(start), date(end));
  }

  // ---- units

  /** A root unit, alive forever. */
  static ImmutableOrgUnit unit(String id, UnitKind kind, String name) {
    return OrgUnit.builder().id(id(id)).kind(kind).name(fr(name)).build();
  }

  /** A unit always under {@code parent}. */
  static ImmutableOrgUnit unit(String id, UnitKind kind, String name, String parent) {
    return unit(id, kind, name).withParents(ParentLink.always(id(parent)));
  }

  static ImmutableOrgUnit masspf() {
    return unit(
            "masspf",
            UnitKind.MINISTRY,
            "Ministère de l'Action Sociale, de la Solidarité et de la Promotion de la Femme")
        .withAcronym("MASSPF");
  }

  static ImmutableOrgUnit sg() {
    return unit("sg", UnitKind.GENERAL_SECRETARIAT, "Secrétariat général", "masspf");
  }

  static ImmutableOrgUnit daaf() {
    return unit(
        "daaf",
        UnitKind.DIRECTORATE,
        "Direction des affaires administratives et financières",
        "masspf");
  }

  static ImmutableOrgUnit dgpe() {
    return unit(
        "dgpe",
        UnitKind.GENERAL_DIRECTORATE,
        "Direction générale de la protection de l'enfance",
        "masspf");
  }

  static ImmutableOrgUnit dpsv() {
    return unit(
        "dpsv",
        UnitKind.DIRECTORATE,
        "Direction de la prévention des situations de vulnérabilité",
        "dgpe");
  }

  static ImmutableOrgUnit daed() {
    return unit(
        "daed", UnitKind.DIRECTORATE, "Direction d'assistance à l'enfant en difficulté", "dgpe");
  }

  /** masspf, sg, daaf, dgpe, dpsv, daed: at /units/0 to /units/5. */
  static ImmutableList<OrgUnit> togoMinistry() {
    return ImmutableList.of(masspf(), sg(), daaf(), dgpe(), dpsv(), daed());
  }

  // ---- commitments

  static Activity activity(
      String id, String title, Period period, ActivityStatus status, double progress) {
    return new Activity(
        ActivityId.of(id), fr(title), period, status, progress, Activity.DEFAULT_WEIGHT);
  }

  static Activity suivi() {
    return activity(
        "suivi",
        "Suivi de l'appui à la mise en place des unités de protection de l'enfance",
        period("2024-01", "2025-12"),
        ActivityStatus.IN_PROGRESS,
        30);
  }

  static Activity formation() {
    return activity(
        "formation",
        "Organisation des sessions de formation des travailleurs sociaux",
        period("2024-01", "2025-12"),
        ActivityStatus.IN_PROGRESS,
        40);
  }

  static Measurement measure(String date, int value) {
    return new Measurement(date(date), BigDecimal.valueOf(value));
  }

  static Indicator indicator(String id, String name, Optional<Measurement> target) {
    return new Indicator(
        IndicatorId.of(id),
        IndicatorKind.MONITORING,
        fr(name),
        Optional.of("count"),
        Direction.INCREASE,
        Optional.of(measure("2024-01", 0)),
        target,
        ImmutableList.of());
  }

  static Indicator rapports() {
    return indicator(
        "rapports",
        "Nombre de rapports publiés dans les délais impartis",
        Optional.of(measure("2025-12", 8)));
  }

  /** The child-protection units commitment, led by dgpe, contributing to axe-1 of the 4+4. */
  static ImmutableCommitment upe() {
    return Commitment.builder()
        .id(CommitmentId.of("upe"))
        .title(fr("Appui aux associations pour créer les unités de protection de l'enfance"))
        .lead(id("dgpe"))
        .addContributors(id("dpsv"))
        .period(period("2024-01", "2025-12"))
        .addContributesTo(ElementRef.parse("pole-social-4-4/axe-1"))
        .addIndicators(rapports())
        .addActivities(suivi(), formation())
        .build();
  }

  // ---- snapshots

  static Snapshot units(OrgUnit... units) {
    return new Snapshot(ImmutableList.copyOf(units), ImmutableList.of(), ImmutableList.of());
  }

  static Snapshot units(List<? extends OrgUnit> units) {
    return new Snapshot(ImmutableList.copyOf(units), ImmutableList.of(), ImmutableList.of());
  }

  /** The Togo ministry with {@code strategies}. */
  static Snapshot withStrategies(Strategy... strategies) {
    return new Snapshot(togoMinistry(), ImmutableList.copyOf(strategies), ImmutableList.of());
  }

  /** The Togo ministry and the 4+4 strategy with {@code commitments}. */
  static Snapshot withCommitments(Commitment... commitments) {
    return new Snapshot(
        togoMinistry(), ImmutableList.of(poleSocial()), ImmutableList.copyOf(commitments));
  }

  /** The Togo ministry, the 4+4 strategy and the UPE commitment: nothing to report. */
  static Snapshot cleanMinistry() {
    return withCommitments(upe());
  }

  // ---- findings

  static ImmutableList<Finding> validate(Snapshot snapshot) {
    return SnapshotValidator.validate(snapshot);
  }

  static List<String> codes(Snapshot snapshot) {
    return validate(snapshot).stream().map(Finding::code).toList();
  }

  /**
   * A finding with exactly this code, severity and path, whose message names each of {@code
   * mentioned}.
   */
  static ThrowingConsumer<Finding> finding(
      String code, Severity severity, String path, String... mentioned) {
    return found -> {
      assertThat(found.code()).isEqualTo(code);
      assertThat(found.severity()).isEqualTo(severity);
      assertThat(found.path()).isEqualTo(path);
      assertThat(found.message()).contains(mentioned);
      assertThat(found.line()).isEmpty();
    };
  }
}
