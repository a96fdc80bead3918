package org.civitas.application.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An SVG chart read back with the JDK's XML parser: its size, its boxes with their lines of text,
 * and its connectors as straight segments. Reading fails on a document that is not well-formed.
 */
record SvgDrawing(
    double width, double height, String title, List<Box> boxes, List<Segment> connectors) {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Pattern STEP =
      Pattern.compile("([MHV])\\s*(-?\\d+(?:\\.\\d+)?)(?:\\s+(-?\\d+(?:\\.\\d+)?))?");

  /** A unit's box: the rectangle of its group, and the lines written in it. */
  record Box(
      String id, String title, double x, double y, double width, double height, List<Line> lines) {

    boolean overlaps(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }

    /** The lines one after the other, as a reader reads them. */
    String text() {
      return lines.stream().map(Line::text).collect(Collectors.joining(" "));
    }
  }

  record Line(String text, double x, double baseline, double size, boolean bold) {}

  /** A straight piece of connector. */
  record Segment(double x1, double y1, double x2, double y2) {

    /** Whether it runs through the inside of {@code box}, not merely up to its edge. */
    boolean crosses(Box box) {
      double left = box.x();
      double right = box.x() + box.width();
      double top = box.y();
      double bottom = box.y() + box.height();
      return x1 == x2
          ? x1 > left && x1 < right && overlap(y1, y2, top, bottom)
          : y1 > top && y1 < bottom && overlap(x1, x2, left, right);
    }

    private static boolean overlap(double a, double b, double low, double high) {
      return Math.max(Math.min(a, b), low) < Math.min(Math.max(a, b), high);
    }

    /** Whether one of its ends lies on the border of {@code box}. */
    boolean touches(Box box) {
      return onBorder(x1, y1, box) || onBorder(x2, y2, box);
    }

    private static boolean onBorder(double x, double y, Box box) {
      boolean withinX = x >= box.x() && x <= box.x() + box.width();
      boolean withinY = y >= box.y() && y <= box.y() + box.height();
      return (withinX && (y == box.y() || y == box.y() + box.height()))
          || (withinY && (x == box.x() || x == box.x() + box.width()));
    }
  }

  static SvgDrawing read(String svg) {
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    String[] viewBox = root.getAttribute("viewBox").split(" ");
    String title = first(root, "title").getTextContent();
    List<Box> boxes = new ArrayList<>();
    List<Segment> connectors = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("id").startsWith("unit-")) {
        boxes.add(box(group));
      }
    }
    NodeList paths = document.getElementsByTagNameNS(SVG, "path");
    for (int i = 0; i < paths.getLength(); i++) {
      connectors.addAll(segments(((Element) paths.item(i)).getAttribute("d")));
    }
    return new SvgDrawing(
        Double.parseDouble(viewBox[2]), Double.parseDouble(viewBox[3]), title, boxes, connectors);
  }

  Box box(String unitId) {
    return boxes.stream()
        .filter(b -> b.id().equals("unit-" + unitId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no box for " + unitId));
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("the chart is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static Box box(Element group) {
    Element rect = first(group, "rect");
    List<Line> lines = new ArrayList<>();
    NodeList texts = group.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      lines.add(
          new Line(
              text.getTextContent(),
              number(text, "x"),
              number(text, "y"),
              number(text, "font-size"),
              text.getAttribute("font-weight").equals("bold")));
    }
    return new Box(
        group.getAttribute("id"),
        first(group, "title").getTextContent(),
        number(rect, "x"),
        number(rect, "y"),
        number(rect, "width"),
        number(rect, "height"),
        lines);
  }

  private static List<Segment> segments(String d) {
    List<Segment> segments = new ArrayList<>();
    Matcher step = STEP.matcher(d);
    double x = 0;
    double y = 0;
    while (step.find()) {
      double value = Double.parseDouble(step.group(2));
      switch (step.group(1)) {
        case "M" -> {
          x = value;
          y = Double.parseDouble(step.group(3));
        }
        case "H" -> {
          segments.add(new Segment(x, y, value, y));
          x = value;
        }
        default -> {
          segments.add(new Segment(x, y, x, value));
          y = value;
        }
      }
    }
    return segments;
  }

  private static Element first(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(SVG, name).item(0);
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }
}
