package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.TreeView;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civitas tree [UNIT]}: the hierarchy in force on a day, drawn with box-drawing lines. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "The hierarchy in force on a day, one unit a line.",
    description = {
      "Each unit is drawn under its parent as its acronym and name. Use 'civitas find' to learn a unit's id, and --format json to get the ids."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the dataset has errors, or the unit is unknown or did not exist that day",
      "2:usage or I/O error"
    })
final class TreeCommand implements Callable<Integer> {

  private final Wiring wiring;
  private final Style style;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "UNIT",
      arity = "0..1",
      description = "The id of the unit to start from; every root unit when not given.")
  private @Nullable String unit;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description =
          "How many levels below the first to draw (0: that unit alone); every level when not given.")
  private @Nullable Integer depth;

  @Mixin private DataOption data;
  @Mixin private AsOfOption asOf;
  @Mixin private FormatOption format;

  TreeCommand(Wiring wiring, Style style) {
    this.wiring = wiring;
    this.style = style;
  }

  @Override
  public Integer call() {
    GetTreeQuery query =
        new GetTreeQuery(
            Optional.ofNullable(unit).map(UnitId::of),
            asOf.date(),
            depth == null ? OptionalInt.empty() : OptionalInt.of(depth));
    TreeView tree;
    try (Session session = data.open(wiring)) {
      tree = session.civitas().getTree().tree(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(tree)));
    } else {
      out.print(TreeText.render(tree.roots(), unit -> style.unit(unit, tree.asOf())));
      int units = tree.roots().stream().mapToInt(TreeNode::size).sum();
      out.println(style.dim(Text.count(units, "unit", "units") + " on " + tree.asOf()));
    }
    return 0;
  }

  private static ObjectNode json(TreeView tree) {
    ObjectNode document = Json.object().put("asOf", tree.asOf().toString());
    ArrayNode roots = document.putArray("roots");
    tree.roots().forEach(root -> roots.add(node(root, tree.asOf())));
    return document;
  }

  private static ObjectNode node(TreeNode node, LocalDate day) {
    ObjectNode json = Json.unit(node.unit(), day);
    ArrayNode children = json.putArray("children");
    node.children().forEach(child -> children.add(node(child, day)));
    return json;
  }
}
