package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civitas.adapter.cli.Dataset;
import org.civitas.adapter.cli.DatasetFiles;
import org.junit.jupiter.api.Test;

/** Reading files from disk tells every byte read, then that the rules are being checked. */
class ReadingFilesTellsHowFarItHasGotTest {

  @Test
  void every_byte_of_every_file_is_told_before_the_rules() throws IOException {
    // given
    List<Path> files =
        List.of(Command.example("togo-masspf.yaml"), Command.example("maroc-upe.yaml"));
    long size = Files.size(files.get(0)) + Files.size(files.get(1));
    long[] read = {0};
    List<Long> checkedAfter = new ArrayList<>();

    // when
    Dataset dataset =
        new FilesOnDisk()
            .read(
                files,
                new DatasetFiles.Reading() {
                  @Override
                  public void read(long bytes) {
                    read[0] += bytes;
                  }

                  @Override
                  public void checkingRules() {
                    checkedAfter.add(read[0]);
                  }
                });

    // then
    assertThat(dataset.snapshot().units()).hasSize(27);
    assertThat(read[0]).isEqualTo(size);
    assertThat(checkedAfter).containsExactly(size);
  }
}
