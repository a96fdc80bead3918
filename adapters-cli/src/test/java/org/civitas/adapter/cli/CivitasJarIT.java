package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar as people run it: its own JVM, its manifest's main class, its shaded
 * dependencies, from the repository's root. Failsafe runs it after {@code package} built the jar
 * and names the jar and the root in system properties.
 */
class CivitasJarIT {

  @TempDir Path temp;

  @Test
  void the_jar_validates_an_example_dataset_from_the_repository_root() throws Exception {
    // given
    Path jar = Path.of(System.getProperty("civitas.jar"));
    File root = Path.of(System.getProperty("civitas.root")).toFile();
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    // when
    Process process =
        new ProcessBuilder(java, "-jar", jar.toString(), "validate", "examples/maroc-upe.yaml")
            .directory(root)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);

    // then
    assertThat(finished).as("the command ended").isTrue();
    assertThat(read(err)).as("stderr").isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(read(out).lines().toList())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("warning date.placeholder /commitments/0/period/start (line 64): "))
        .last()
        .asString()
        .matches("valid: 0 errors, \\d+ warnings?, 4 info in examples/maroc-upe\\.yaml");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
