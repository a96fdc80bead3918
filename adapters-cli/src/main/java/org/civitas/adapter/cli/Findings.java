package org.civitas.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Severity;

/** How a finding reads: one line for people, one object for programs. */
final class Findings {

  private Findings() {}

  /**
   * {@code severity code path (line N): message}, after {@code file: } when several files were
   * read, so that each line says where to look.
   */
  static String line(Dataset.FileFinding found, boolean withFile, Style style) {
    Finding finding = found.finding();
    StringBuilder line = new StringBuilder();
    if (withFile) {
      line.append(found.file()).append(": ");
    }
    line.append(style.severity(finding.severity(), finding.severity().code()))
        .append(' ')
        .append(style.bold(finding.code()))
        .append(' ')
        .append(finding.path().isEmpty() ? "/" : finding.path());
    finding.line().ifPresent(n -> line.append(" (line ").append(n).append(')'));
    return line.append(": ").append(finding.message()).toString();
  }

  /** {@code {file, severity, code, path, line, message}}; {@code line} is null when unknown. */
  static ObjectNode json(Dataset.FileFinding found) {
    Finding finding = found.finding();
    ObjectNode node =
        Json.object()
            .put("file", found.file())
            .put("severity", finding.severity().code())
            .put("code", finding.code())
            .put("path", finding.path());
    if (finding.line().isPresent()) {
      node.put("line", finding.line().getAsInt());
    } else {
      node.putNull("line");
    }
    return node.put("message", finding.message());
  }

  /** {@code 0 errors, 3 warnings, 62 info}. */
  static String counts(Dataset dataset) {
    return Text.count(dataset.count(Severity.ERROR), "error", "errors")
        + ", "
        + Text.count(dataset.count(Severity.WARNING), "warning", "warnings")
        + ", "
        + dataset.count(Severity.INFO)
        + " info";
  }

  /** Puts {@code counts} ({@code error}, {@code warning}, {@code info}) and {@code findings}. */
  static void json(Dataset dataset, ObjectNode document) {
    document
        .putObject("counts")
        .put("error", dataset.count(Severity.ERROR))
        .put("warning", dataset.count(Severity.WARNING))
        .put("info", dataset.count(Severity.INFO));
    ArrayNode findings = document.putArray("findings");
    dataset.findings().forEach(f -> findings.add(json(f)));
  }
}
