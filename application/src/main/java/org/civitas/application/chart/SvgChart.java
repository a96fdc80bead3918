package org.civitas.application.chart;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civitas.domain.organization.TreeNode;
import org.jspecify.annotations.Nullable;

/**
 * An org chart as an SVG document, top down. Each unit is a box with its acronym in bold, its name
 * and the title of its head, wrapped to the box. A unit's children hang from it on elbow
 * connectors: in a row, or in several rows either side of a central trunk when there are more than
 * {@value #MAX_PER_ROW} or the row would be too wide; leaf units under a unit other than the top
 * one are listed one below the other, as org charts list services, so that a ministry of sixty
 * units stays within a screen's width.
 */
public final class SvgChart implements ChartRenderer {

  /** DejaVu Sans first: the width estimate is made for it, and the others are narrower. */
  static final String FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";

  static final int MAX_PER_ROW = 6;

  /** Past this width, the children of a unit are wrapped into one more row. */
  static final int MAX_ROW_WIDTH = 1800;

  static final int BOX_WIDTH = 200;
  static final int TOP_BOX_WIDTH = 280;

  /** Between a box's edge and its text, on every side. */
  static final int PADDING = 10;

  private static final int SIBLING_GAP = 24;
  private static final int CORRIDOR = 40;
  private static final int LEVEL_GAP = 40;
  private static final int INDENT = 24;
  private static final int LIST_GAP = 12;
  private static final int MARGIN = 20;
  private static final int POST_GAP = 4;

  /** The three kinds of line a box holds. */
  enum Style {
    ACRONYM(13, true, false),
    NAME(12, false, false),
    POST(11, false, true);

    final int size;
    final boolean bold;
    final boolean italic;

    Style(int size, boolean bold, boolean italic) {
      this.size = size;
      this.bold = bold;
      this.italic = italic;
    }

    int lineHeight() {
      return Math.round(size * 1.3f);
    }
  }

  /** Colours by depth: the top unit dark, its children tinted, the rest white. */
  private enum Palette {
    TOP("#1d3557", "#1d3557", "#ffffff", "#d6e2f0"),
    FIRST("#e3ecf6", "#1d3557", "#1d3557", "#52606d"),
    DEEPER("#ffffff", "#7b8fa8", "#1f2933", "#52606d");

    final String fill;
    final String stroke;
    final String text;
    final String post;

    Palette(String fill, String stroke, String text, String post) {
      this.fill = fill;
      this.stroke = stroke;
      this.text = text;
      this.post = post;
    }

    static Palette at(int depth) {
      return depth == 0 ? TOP : depth == 1 ? FIRST : DEEPER;
    }
  }

  private static final String CONNECTOR = "#8a9bb0";

  @Override
  public String render(TreeNode root, LocalDate day) {
    Shape shape = new Shape(root, day, 0);
    Drawing drawing = new Drawing();
    int height = place(shape, MARGIN, MARGIN, shape.card.height, drawing);
    int width = shape.width + 2 * MARGIN;
    int totalHeight = height + 2 * MARGIN;
    UnitCard top = shape.card.unit;
    String language = root.unit().nameOn(day).name().language();
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(totalHeight)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(totalHeight)
        .append("\" role=\"img\" aria-labelledby=\"chart-title\" xml:lang=\"")
        .append(Xml.escape(language))
        .append("\" font-family=\"")
        .append(FONT_FAMILY)
        .append("\">\n")
        .append("  <title id=\"chart-title\">")
        .append(Xml.escape(top.label()))
        .append("</title>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("  <g fill=\"none\" stroke=\"")
        .append(CONNECTOR)
        .append("\" stroke-width=\"1.5\">\n")
        .append(drawing.connectors)
        .append("  </g>\n")
        .append(drawing.boxes)
        .append("</svg>\n");
    return svg.toString();
  }

  /** A box's text, cut into lines, and the box's natural size. */
  private record Card(UnitCard unit, List<Line> lines, int width, int height) {

    static Card of(UnitCard unit, int depth) {
      int width = depth == 0 ? TOP_BOX_WIDTH : BOX_WIDTH;
      int room = width - 2 * PADDING;
      List<Line> lines = new ArrayList<>();
      unit.acronym().ifPresent(a -> add(lines, a, Style.ACRONYM, room));
      add(lines, unit.name(), Style.NAME, room);
      unit.head().ifPresent(h -> add(lines, h, Style.POST, room));
      return new Card(unit, lines, width, textHeight(lines) + 2 * PADDING);
    }

    private static void add(List<Line> lines, String text, Style style, int room) {
      TextMeasure.wrap(text, room, style.size, style.bold)
          .forEach(line -> lines.add(new Line(line, style)));
    }

    private static int textHeight(List<Line> lines) {
      int height = 0;
      @Nullable Style previous = null;
      for (Line line : lines) {
        height += line.style.lineHeight() + gapBefore(line.style, previous);
        previous = line.style;
      }
      return height;
    }
  }

  private record Line(String text, Style style) {}

  /** The head's title stands apart from the name above it. */
  private static int gapBefore(Style style, @Nullable Style previous) {
    return style == Style.POST && previous != null && previous != Style.POST ? POST_GAP : 0;
  }

  /** How the children of a unit are laid out under it. */
  private enum Arrangement {
    NONE,
    LIST,
    ROWS
  }

  /**
   * A unit's box and the shapes of its children, measured across: widths do not depend on heights,
   * so they are settled first, and the heights as the shapes are placed.
   */
  private static final class Shape {
    final Card card;
    final int depth;
    final ImmutableList<Shape> children;
    final Arrangement arrangement;
    final List<List<Shape>> rows;

    /** Where each child's block starts, from the left of this block, in child order. */
    final int[] childX;

    final int width;

    /** Where the centre of the box is, from the left of the block. */
    final int anchor;

    private Shape(TreeNode node, LocalDate day, int depth) {
      this.card = Card.of(UnitCard.of(node.unit(), day), depth);
      this.depth = depth;
      this.children =
          node.children().stream()
              .map(child -> new Shape(child, day, depth + 1))
              .collect(ImmutableList.toImmutableList());
      if (children.isEmpty()) {
        arrangement = Arrangement.NONE;
        rows = List.of();
        childX = new int[0];
        width = card.width;
        anchor = card.width / 2;
      } else if (depth > 0
          && children.size() > 1
          && children.stream().allMatch(c -> c.children.isEmpty())) {
        arrangement = Arrangement.LIST;
        rows = List.of();
        childX = new int[children.size()];
        Arrays.fill(childX, INDENT);
        int widest = children.stream().mapToInt(c -> c.width).max().orElse(0);
        width = Math.max(card.width, INDENT + widest);
        anchor = card.width / 2;
      } else {
        arrangement = Arrangement.ROWS;
        Rows laidOut = Rows.of(children, card.width);
        rows = laidOut.rows;
        childX = laidOut.childX;
        width = laidOut.width;
        anchor = laidOut.trunk;
      }
    }
  }

  /**
   * Children in rows under a trunk that comes down from their parent's box. Every row but the last
   * is parted either side of the trunk, which runs down between the two halves to the rows below;
   * the last row is centred under it, or parted too when that is narrower. With one row, that is
   * the usual parent centred over its children.
   */
  private static final class Rows {
    final List<List<Shape>> rows;

    /** The trunk's distance from the left of the block: the parent's box is centred on it. */
    final int trunk;

    final int width;
    final int[] childX;

    private Rows(List<List<Shape>> rows, int boxWidth) {
      this.rows = rows;
      int left = boxWidth / 2;
      int right = boxWidth - boxWidth / 2;
      for (List<Shape> row : rows.subList(0, rows.size() - 1)) {
        int[] extent = parted(row);
        left = Math.max(left, extent[0]);
        right = Math.max(right, extent[1]);
      }
      List<Shape> lastRow = rows.get(rows.size() - 1);
      int[] centred = centred(lastRow);
      int[] parted = parted(lastRow);
      // The trunk may end between the two halves of the last row too, when that is narrower.
      boolean lastParted =
          Math.max(left, parted[0]) + Math.max(right, parted[1])
              < Math.max(left, centred[0]) + Math.max(right, centred[1]);
      int[] last = lastParted ? parted : centred;
      this.trunk = Math.max(left, last[0]);
      this.width = trunk + Math.max(right, last[1]);
      this.childX = new int[rows.stream().mapToInt(List::size).sum()];
      int i = 0;
      for (List<Shape> row : rows) {
        boolean centre = row == lastRow && !lastParted;
        int split = centre ? row.size() : parting(row);
        int x = trunk - (centre ? centre(row) : span(row.subList(0, split)) + CORRIDOR / 2);
        for (int k = 0; k < row.size(); k++) {
          if (k == split) {
            x = trunk + CORRIDOR / 2;
          }
          childX[i++] = x;
          x += row.get(k).width + SIBLING_GAP;
        }
      }
    }

    /**
     * As few rows as keep within {@value SvgChart#MAX_PER_ROW} units and {@value
     * SvgChart#MAX_ROW_WIDTH} pixels, evened out when that fits too, so that no row is left with a
     * unit or two.
     */
    static Rows of(List<Shape> children, int boxWidth) {
      Rows packed = new Rows(packed(children), boxWidth);
      Rows even = new Rows(evenly(children, packed.rows.size()), boxWidth);
      return even.width <= Math.max(MAX_ROW_WIDTH, packed.width) ? even : packed;
    }

    /**
     * Fills each row in turn while the whole stays within bounds: parted for the trunk, or for the
     * last row centred if that is narrower.
     */
    private static List<List<Shape>> packed(List<Shape> children) {
      List<List<Shape>> rows = new ArrayList<>();
      List<Shape> row = new ArrayList<>();
      int left = 0;
      int right = 0;
      for (Shape child : children) {
        List<Shape> longer = new ArrayList<>(row);
        longer.add(child);
        int[] parted = parted(longer);
        int width = Math.max(left, parted[0]) + Math.max(right, parted[1]);
        if (child == children.get(children.size() - 1)) {
          int[] centred = centred(longer);
          width = Math.min(width, Math.max(left, centred[0]) + Math.max(right, centred[1]));
        }
        if (!row.isEmpty() && (longer.size() > MAX_PER_ROW || width > MAX_ROW_WIDTH)) {
          int[] done = parted(row);
          left = Math.max(left, done[0]);
          right = Math.max(right, done[1]);
          rows.add(row);
          longer = new ArrayList<>(List.of(child));
        }
        row = longer;
      }
      rows.add(row);
      return rows;
    }

    /** {@code count} rows whose lengths differ by one at most, the longer ones first. */
    private static List<List<Shape>> evenly(List<Shape> children, int count) {
      List<List<Shape>> rows = new ArrayList<>();
      int from = 0;
      for (int r = 0; r < count; r++) {
        int length = children.size() / count + (r < children.size() % count ? 1 : 0);
        rows.add(children.subList(from, from + length));
        from += length;
      }
      return rows;
    }

    /** How far a row centred under the trunk reaches left and right of it. */
    private static int[] centred(List<Shape> row) {
      int centre = centre(row);
      return new int[] {centre, span(row) - centre};
    }

    /** How far a row parted for the trunk to pass reaches left and right of it. */
    private static int[] parted(List<Shape> row) {
      int split = parting(row);
      List<Shape> rightHalf = row.subList(split, row.size());
      return new int[] {
        span(row.subList(0, split)) + CORRIDOR / 2,
        rightHalf.isEmpty() ? 0 : span(rightHalf) + CORRIDOR / 2
      };
    }

    /** Where a row is parted for the trunk: as near its middle, in pixels, as it can be. */
    private static int parting(List<Shape> row) {
      int best = 1;
      int bestWidth = Integer.MAX_VALUE;
      for (int split = 1; split <= row.size(); split++) {
        int wider = Math.max(span(row.subList(0, split)), span(row.subList(split, row.size())));
        if (wider < bestWidth) {
          best = split;
          bestWidth = wider;
        }
      }
      return best;
    }

    /** The middle of a row: halfway between the centres of its first and last boxes. */
    private static int centre(List<Shape> row) {
      Shape first = row.get(0);
      Shape last = row.get(row.size() - 1);
      return (first.anchor + span(row) - last.width + last.anchor) / 2;
    }

    private static int span(List<Shape> shapes) {
      if (shapes.isEmpty()) {
        return 0;
      }
      return shapes.stream().mapToInt(s -> s.width).sum() + SIBLING_GAP * (shapes.size() - 1);
    }
  }

  /** What has been drawn so far: connectors go under the boxes, so they are kept apart. */
  private static final class Drawing {
    final StringBuilder connectors = new StringBuilder();
    final StringBuilder boxes = new StringBuilder();

    void path(String d) {
      connectors.append("    <path d=\"").append(d).append("\"/>\n");
    }
  }

  /**
   * Draws {@code shape} with its block's top left corner at ({@code x}, {@code y}) and its box
   * {@code boxHeight} tall (siblings share the tallest height); returns the block's height.
   */
  private static int place(Shape shape, int x, int y, int boxHeight, Drawing drawing) {
    int boxX = x + shape.anchor - shape.card.width / 2;
    drawBox(shape, boxX, y, boxHeight, drawing);
    int bottom = y + boxHeight;
    return switch (shape.arrangement) {
      case NONE -> boxHeight;
      case LIST -> placeList(shape, x, bottom, boxX, drawing) - y;
      case ROWS -> placeRows(shape, x, bottom, drawing) - y;
    };
  }

  /** The children one below the other, each on a stub from a spine down the box's left side. */
  private static int placeList(Shape shape, int x, int bottom, int boxX, Drawing drawing) {
    int height = tallest(shape.children);
    int spine = boxX + INDENT / 2;
    int top = bottom + LIST_GAP;
    StringBuilder d = new StringBuilder();
    int lastStub = bottom;
    for (int i = 0; i < shape.children.size(); i++) {
      int childX = x + shape.childX[i];
      place(shape.children.get(i), childX, top, height, drawing);
      lastStub = top + height / 2;
      d.append(" M").append(spine).append(' ').append(lastStub).append(" H").append(childX);
      top += height + LIST_GAP;
    }
    drawing.path("M" + spine + ' ' + bottom + " V" + lastStub + d);
    return top - LIST_GAP;
  }

  /** The children in rows, each row on a bus fed by the trunk from the box. */
  private static int placeRows(Shape shape, int x, int bottom, Drawing drawing) {
    int trunk = x + shape.anchor;
    int top = bottom + LEVEL_GAP;
    int i = 0;
    int bus = top;
    for (List<Shape> row : shape.rows) {
      int height = tallest(row);
      bus = top - LEVEL_GAP / 2;
      int rowBottom = top;
      int from = trunk;
      int to = trunk;
      StringBuilder drops = new StringBuilder();
      for (Shape child : row) {
        int childX = x + shape.childX[i++];
        int childAnchor = childX + child.anchor;
        rowBottom = Math.max(rowBottom, top + place(child, childX, top, height, drawing));
        from = Math.min(from, childAnchor);
        to = Math.max(to, childAnchor);
        drops.append(" M").append(childAnchor).append(' ').append(bus).append(" V").append(top);
      }
      drawing.path("M" + from + ' ' + bus + " H" + to + drops);
      top = rowBottom + LEVEL_GAP;
    }
    drawing.path("M" + trunk + ' ' + bottom + " V" + bus);
    return top - LEVEL_GAP;
  }

  private static int tallest(List<Shape> shapes) {
    return shapes.stream().mapToInt(s -> s.card.height).max().orElse(0);
  }

  private static void drawBox(Shape shape, int x, int y, int height, Drawing drawing) {
    Card card = shape.card;
    Palette palette = Palette.at(shape.depth);
    StringBuilder out = drawing.boxes;
    out.append("  <g id=\"unit-")
        .append(card.unit.id())
        .append("\">\n    <title>")
        .append(Xml.escape(card.unit.label()))
        .append("</title>\n")
        .append("    <rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(card.width)
        .append("\" height=\"")
        .append(height)
        .append("\" rx=\"6\" fill=\"")
        .append(palette.fill)
        .append("\" stroke=\"")
        .append(palette.stroke)
        .append("\" stroke-width=\"1.2\"/>\n");
    int centre = x + card.width / 2;
    int lineTop = y + (height - Card.textHeight(card.lines)) / 2;
    @Nullable Style previous = null;
    for (Line line : card.lines) {
      Style style = line.style;
      lineTop += gapBefore(style, previous);
      int baseline = lineTop + style.size;
      out.append("    <text x=\"")
          .append(centre)
          .append("\" y=\"")
          .append(baseline)
          .append("\" text-anchor=\"middle\" font-size=\"")
          .append(style.size)
          .append('"');
      if (style.bold) {
        out.append(" font-weight=\"bold\"");
      }
      if (style.italic) {
        out.append(" font-style=\"italic\"");
      }
      out.append(" fill=\"")
          .append(style == Style.POST ? palette.post : palette.text)
          .append("\">")
          .append(Xml.escape(line.text))
          .append("</text>\n");
      lineTop += style.lineHeight();
      previous = style;
    }
    out.append("  </g>\n");
  }
}
