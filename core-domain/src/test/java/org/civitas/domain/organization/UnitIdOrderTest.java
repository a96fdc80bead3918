package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Unit ids sort in the order of their letters, as an index of units lists them. */
class UnitIdOrderTest {

  @Test
  void ids_sort_alphabetically() {
    // given
    Stream<UnitId> ids = Stream.of("dgpe", "daaf", "sg", "dgas", "masspf").map(UnitId::of);

    // when
    List<String> sorted = ids.sorted().map(UnitId::value).toList();

    // then
    assertThat(sorted).containsExactly("daaf", "dgas", "dgpe", "masspf", "sg");
  }
}
