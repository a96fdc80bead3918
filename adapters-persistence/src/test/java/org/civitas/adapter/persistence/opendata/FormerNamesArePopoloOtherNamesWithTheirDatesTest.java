package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.persistence.opendata.Examples.object;
import static org.civitas.adapter.persistence.opendata.Examples.organization;
import static org.civitas.adapter.persistence.opendata.Examples.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * In Popolo, an organization has the name it bore on the day asked; the names it bore before and
 * after are {@code other_names} with the days they were borne, and its founding and dissolution
 * dates are those the restructurings give it.
 */
class FormerNamesArePopoloOtherNamesWithTheirDatesTest {

  private static final String FIRST_NAME =
      "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social";
  private static final String NAME_OF_2019 =
      "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
  private static final String NAME_OF_2021 =
      "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";

  @Test
  void the_moroccan_ministry_has_its_two_former_names_with_the_days_each_was_borne() {
    // when
    JsonNode popolo = popolo(Examples.example("maroc-upe.yaml"), LocalDate.of(2025, 1, 1));

    // then
    JsonNode msisf = organization(popolo, "msisf");
    assertThat(msisf.path("name").asText()).isEqualTo(NAME_OF_2021);
    assertThat(msisf.path("other_names"))
        .containsExactly(
            object().put("name", "MSISF").put("note", "acronym"),
            object()
                .put("name", FIRST_NAME)
                .put("note", "former name")
                .put("end_date", "2019-10-08"),
            object()
                .put("name", NAME_OF_2019)
                .put("note", "former name")
                .put("start_date", "2019-10-09")
                .put("end_date", "2021-10-06"));
  }

  @Test
  void on_a_day_between_the_renames_the_name_then_is_the_name_and_the_later_ones_are_other_names() {
    // when
    JsonNode popolo = popolo(Examples.example("maroc-upe.yaml"), LocalDate.of(2020, 6, 1));

    // then
    JsonNode msisf = organization(popolo, "msisf");
    assertThat(msisf.path("name").asText()).isEqualTo(NAME_OF_2019);
    assertThat(msisf.path("other_names"))
        .containsExactly(
            object()
                .put("name", FIRST_NAME)
                .put("note", "former name")
                .put("end_date", "2019-10-08"),
            object()
                .put("name", NAME_OF_2021)
                .put("note", "later name")
                .put("start_date", "2021-10-07"),
            object()
                .put("name", "MSISF")
                .put("note", "later acronym")
                .put("start_date", "2021-10-07"));
  }

  @Test
  void founding_and_dissolution_dates_are_those_the_merge_and_the_split_give() {
    // given
    Snapshot record = RestructuringsReadAsChangeEventsTest.restructured();

    // when
    JsonNode popolo = popolo(record, LocalDate.of(2025, 1, 1));

    // then
    assertThat(organization(popolo, "daed").path("dissolution_date").asText())
        .isEqualTo("2021-12-31");
    assertThat(organization(popolo, "dgas").path("dissolution_date").asText())
        .isEqualTo("2023-06-30");
    assertThat(organization(popolo, "dgas").has("parent_id")).isFalse();
    assertThat(organization(popolo, "dpe").path("founding_date").asText()).isEqualTo("2022-01-01");
    assertThat(organization(popolo, "dpe").has("dissolution_date")).isFalse();
    assertThat(organization(popolo, "dgaf").path("founding_date").asText()).isEqualTo("2020");
  }
}
