package org.civitas.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.civitas.domain.Fixtures.poleSocial;
import static org.civitas.domain.validation.ValidationFixtures.cleanMinistry;
import static org.civitas.domain.validation.ValidationFixtures.dgpe;
import static org.civitas.domain.validation.ValidationFixtures.dpsv;
import static org.civitas.domain.validation.ValidationFixtures.id;
import static org.civitas.domain.validation.ValidationFixtures.masspf;
import static org.civitas.domain.validation.ValidationFixtures.sg;
import static org.civitas.domain.validation.ValidationFixtures.togoMinistry;
import static org.civitas.domain.validation.ValidationFixtures.unit;
import static org.civitas.domain.validation.ValidationFixtures.units;
import static org.civitas.domain.validation.ValidationFixtures.upe;
import static org.civitas.domain.validation.ValidationFixtures.validate;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

class SnapshotValidatorTest {

  @Test
  void a_clean_ministry_has_nothing_to_report() {
    // given
    Snapshot snapshot = cleanMinistry();

    // when
    List<Finding> findings = validate(snapshot);

    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void an_empty_snapshot_has_nothing_to_report() {
    // when
    List<Finding> findings = validate(Snapshot.EMPTY);

    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void every_snapshot_rule_of_the_catalogue_is_checked() {
    // given
    List<Rule> snapshotRules =
        Arrays.stream(Rule.values()).filter(r -> r.scope() == Rule.Scope.SNAPSHOT).toList();

    // when
    Set<Rule> checked = SnapshotValidator.checkedRules();

    // then
    assertThat(checked).containsExactlyInAnyOrderElementsOf(snapshotRules).hasSize(15);
  }

  @Test
  void a_snapshot_with_duplicates_unknown_references_and_a_loop_is_reported_not_refused() {
    // given: dgpe twice, dgpe and sg under each other, a commitment led by a unit that is not there
    Snapshot snapshot =
        new Snapshot(
            ImmutableList.of(
                masspf(),
                dgpe().withParents(ParentLink.always(id("sg"))),
                sg().withParents(ParentLink.always(id("dgpe"))),
                dgpe(),
                dpsv().withParents(ParentLink.always(id("dgpee")))),
            ImmutableList.of(poleSocial(), poleSocial()),
            ImmutableList.of(upe().withLead(id("dgas")), upe()));

    // when
    List<Finding> findings = validate(snapshot);

    // then
    assertThat(findings)
        .extracting(Finding::code, Finding::path)
        .contains(
            tuple("id.duplicate", "/units/3/id"),
            tuple("id.duplicate", "/strategies/1/id"),
            tuple("id.duplicate", "/commitments/1/id"),
            tuple("ref.unknown", "/units/4/parent"),
            tuple("ref.unknown", "/commitments/0/lead"),
            tuple("unit.cycle", "/units/1/parent"),
            tuple("unit.cycle", "/units/2/parent"));
  }

  @Test
  void findings_come_in_document_order_units_then_strategies_then_commitments() {
    // given: a unit ranked above its parent (checked late), an unknown strategy owner and an
    // unknown commitment lead (checked early)
    Snapshot snapshot =
        new Snapshot(
            ImmutableList.<OrgUnit>builder()
                .addAll(togoMinistry())
                .add(unit("dgas", UnitKind.GENERAL_DIRECTORATE, "Direction générale", "daaf"))
                .build(),
            ImmutableList.of(poleSocial().withOwner(id("ministre"))),
            ImmutableList.of(
                upe(), upe().withId(CommitmentId.of("upe-2")).withLead(id("dgas-bis"))));

    // when
    List<Finding> findings = validate(snapshot);

    // then
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("/units/6/parent", "/strategies/0/owner", "/commitments/1/lead");
  }

  @Test
  void validating_twice_gives_the_same_findings() {
    // given: dgpe twice, under a unit that does not exist and under masspf, also missing
    Snapshot snapshot = units(dgpe().withParents(ParentLink.always(id("nulle-part"))), dgpe());

    // when
    List<Finding> first = validate(snapshot);
    List<Finding> second = validate(snapshot);

    // then
    assertThat(first)
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            tuple("ref.unknown", "/units/0/parent"),
            tuple("id.duplicate", "/units/1/id"),
            tuple("ref.unknown", "/units/1/parent"));
    assertThat(second).isEqualTo(first);
  }
}
