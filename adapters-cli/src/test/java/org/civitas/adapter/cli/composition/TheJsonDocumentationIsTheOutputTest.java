package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/cli-json.md is what scripts are written against: each example there that is not shortened is
 * run, and the command must print exactly the document shown.
 */
class TheJsonDocumentationIsTheOutputTest {

  private static final Pattern EXAMPLE =
      Pattern.compile("```console\\n\\$ civitas (.*?)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void every_whole_example_is_what_the_command_prints() throws IOException {
    // given
    String doc = Files.readString(Path.of("..", "docs", "cli-json.md"), StandardCharsets.UTF_8);
    List<String> checked = new ArrayList<>();

    // when, then
    Matcher example = EXAMPLE.matcher(doc);
    while (example.find()) {
      String documented = example.group(2);
      if (documented.contains("…")) {
        continue;
      }
      String[] args = example.group(1).replace("examples/", "../examples/").split(" ");
      Command run = Command.run((Object[]) args);
      assertThat(run.out().replace("../examples/", "examples/"))
          .as("civitas %s", example.group(1))
          .isEqualTo(documented);
      checked.add(args[0]);
    }
    assertThat(checked).contains("validate", "tree", "show", "history", "diff", "find", "progress");
  }
}
