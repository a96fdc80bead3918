package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingADatasetTest {

  private final DatasetReader reader = new DatasetReader();

  @Test
  void a_togo_ministry_fragment_in_yaml_gives_its_units_posts_mandates_and_links() {
    // given
    DatasetSource file = Fixtures.resource("togo-masspf-fragment.yaml");

    // when
    DatasetReading reading = reader.read(file);

    // then
    assertThat(Fixtures.formatFindings(reading)).isEmpty();
    assertThat(reading.snapshot()).isEqualTo(Fixtures.togoFragment());
  }

  @Test
  void a_mandate_introduced_by_notamment_is_not_exhaustive() {
    // given
    DatasetSource file = Fixtures.resource("togo-masspf-fragment.yaml");

    // when
    DatasetReading reading = reader.read(file);

    // then
    assertThat(reading.snapshot().units().get(1).mandate().orElseThrow().exhaustive()).isFalse();
    assertThat(reading.snapshot().units().get(2).mandate().orElseThrow().exhaustive()).isTrue();
  }

  @Test
  void the_same_fragment_in_json_gives_the_same_snapshot() {
    // given
    DatasetSource file = Fixtures.resource("togo-masspf-fragment.json");

    // when
    DatasetReading reading = reader.read(file);

    // then
    assertThat(Fixtures.formatFindings(reading)).isEmpty();
    assertThat(reading.snapshot()).isEqualTo(Fixtures.togoFragment());
  }

  @Test
  void a_file_without_extension_is_read_as_json_when_it_opens_with_a_brace() {
    // given
    DatasetSource file = DatasetSource.of("upload", Fixtures.bytes("togo-masspf-fragment.json"));

    // when
    DatasetReading reading = reader.read(file);

    // then
    assertThat(Fixtures.formatFindings(reading)).isEmpty();
    assertThat(reading.snapshot()).isEqualTo(Fixtures.togoFragment());
  }

  @Test
  void
      a_commitment_with_strategy_indicators_and_activities_is_read_with_the_defaults_of_the_format() {
    // given
    DatasetSource file = Fixtures.resource("msisf-upe-commitment.yaml");

    // when
    DatasetReading reading = reader.read(file);

    // then
    assertThat(Fixtures.formatFindings(reading)).isEmpty();
    assertThat(reading.snapshot()).isEqualTo(Fixtures.upeCommitment());
  }
}
