package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However a dataset file is damaged, reading it gives findings, never an exception. */
class DamagedFileProperties {

  private static final byte[] YAML = Fixtures.bytes("msisf-upe-commitment.yaml");
  private static final byte[] JSON = Fixtures.bytes("togo-masspf-fragment.json");

  private final DatasetReader reader = new DatasetReader();

  /** A change to a file: {@code length} bytes from {@code at} replaced by {@code inserted}. */
  record Damage(double at, int length, byte[] inserted) {
    byte[] applyTo(byte[] file) {
      int from = (int) (at * file.length);
      int to = Math.min(file.length, from + length);
      byte[] damaged = new byte[from + inserted.length + file.length - to];
      System.arraycopy(file, 0, damaged, 0, from);
      System.arraycopy(inserted, 0, damaged, from, inserted.length);
      System.arraycopy(file, to, damaged, from + inserted.length, file.length - to);
      return damaged;
    }
  }

  @Property(tries = 300)
  void a_damaged_yaml_file_gives_findings(@ForAll("damages") List<Damage> damages) {
    assertReadWithoutException(YAML, "damaged.yaml", damages);
  }

  @Property(tries = 300)
  void a_damaged_json_file_gives_findings(@ForAll("damages") List<Damage> damages) {
    assertReadWithoutException(JSON, "damaged.json", damages);
  }

  private void assertReadWithoutException(byte[] file, String name, List<Damage> damages) {
    // given
    byte[] damaged = file;
    for (Damage damage : damages) {
      damaged = damage.applyTo(damaged);
    }

    // when
    DatasetReading reading = reader.read(DatasetSource.of(name, damaged));

    // then
    assertThat(reading.findings())
        .allSatisfy(
            f -> {
              assertThat(f.finding().message()).isNotBlank();
              assertThat(f.finding().line().orElse(0)).isPositive();
            });
  }

  @Provide
  Arbitrary<List<Damage>> damages() {
    Arbitrary<byte[]> inserted =
        Arbitraries.oneOf(
            Arbitraries.of(
                    ":",
                    "- ",
                    "{",
                    "}",
                    "[",
                    "]",
                    "\"",
                    "'",
                    "*a",
                    "&a ",
                    "\n",
                    "  ",
                    "\t",
                    "#",
                    "---\n",
                    "null",
                    "é",
                    "\u0000",
                    "\uFEFF",
                    "2023-02-30",
                    "-1")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(8));
    return Combinators.combine(
            Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 12), inserted)
        .as(Damage::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }
}
