package org.civitas.adapter.persistence.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.civitas.domain.validation.SnapshotValidator;

/**
 * Reads dataset files (SPEC §3) into one snapshot and reports every finding of SPEC §4, each in the
 * file it concerns, at a JSON Pointer into that file and its source line.
 *
 * <p>Each file is parsed and mapped on its own (the format rules); the snapshots of all files are
 * joined in the order given and the snapshot rules are checked once over the whole, so a unit may
 * name as parent a unit of another file. A finding of the snapshot rules points into the joined
 * lists; it is carried back to the file and the place it came from.
 */
public final class DatasetReader {

  private static final List<String> LISTS =
      List.of("units", "strategies", "commitments", "restructurings");
  private static final Pattern JOINED_POINTER =
      Pattern.compile("/(?:units|strategies|commitments|restructurings)/\\d+(?:/[A-Za-z0-9_-]+)*");

  private final DatasetLimits limits;
  private final DocumentParser parser;
  private final Function<Snapshot, ? extends List<Finding>> validator;

  public DatasetReader() {
    this(DatasetLimits.DEFAULT);
  }

  public DatasetReader(DatasetLimits limits) {
    this(limits, SnapshotValidator::validate);
  }

  /** With another check of the snapshot rules, to see how its findings are placed. */
  DatasetReader(DatasetLimits limits, Function<Snapshot, ? extends List<Finding>> validator) {
    this.limits = limits;
    this.parser = new DocumentParser(limits);
    this.validator = validator;
  }

  /**
   * Reads files; a file's format comes from its extension, else from its first character.
   *
   * @throws UncheckedIOException when a file cannot be opened or read
   */
  public DatasetReading read(Path... files) {
    return read(Arrays.stream(files).map(DatasetSource::of).toList());
  }

  public DatasetReading read(DatasetSource... sources) {
    return read(List.of(sources));
  }

  /**
   * Reads sources as one dataset.
   *
   * @throws UncheckedIOException when a source cannot be opened or read
   */
  public DatasetReading read(List<DatasetSource> sources) {
    return read(sources, Listener.NONE);
  }

  /**
   * Reads sources as one dataset, telling {@code listener} how far it has got: what a command shows
   * while it reads a large dataset.
   *
   * @throws UncheckedIOException when a source cannot be opened or read
   */
  public DatasetReading read(List<DatasetSource> sources, Listener listener) {
    List<FileRead> files = new ArrayList<>();
    Snapshot joined = Snapshot.EMPTY;
    for (DatasetSource source : sources) {
      FileRead file = readOne(source, joined);
      files.add(file);
      joined = joined.plus(file.mapped().snapshot());
      listener.fileRead(source);
    }
    listener.checkingRules();
    Set<String> skippedIds = new HashSet<>();
    files.forEach(f -> skippedIds.addAll(f.mapped().skippedIds()));
    for (Finding finding : validator.apply(joined)) {
      placed(finding, files, skippedIds).ifPresent(p -> p.file().add(p.finding()));
    }
    Comparator<DatasetFinding> byLine =
        Comparator.comparingInt(f -> f.finding().line().orElse(Integer.MAX_VALUE));
    return new DatasetReading(
        joined,
        files.stream()
            .flatMap(file -> file.findings().stream().sorted(byLine))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Hears how far a reading has got: each file once read, then the check of the rules. */
  public interface Listener {

    /** Hears nothing. */
    Listener NONE = new Listener() {};

    /** {@code source} is parsed and mapped; the next one, or the rules, come next. */
    default void fileRead(DatasetSource source) {}

    /** Every file is read; the rules are checked over the whole snapshot now. */
    default void checkingRules() {}
  }

  /**
   * One file as read: its tree (for lines), what it gave, where its lists start in the joined
   * snapshot, and its findings.
   */
  private record FileRead(
      String name,
      Optional<DocumentNode> root,
      DocumentMapping.Mapped mapped,
      int[] offsets,
      List<DatasetFinding> findings) {

    void add(Finding finding) {
      findings.add(new DatasetFinding(name, finding));
    }

    int count(int list) {
      Snapshot snapshot = mapped.snapshot();
      return switch (list) {
        case 0 -> snapshot.units().size();
        case 1 -> snapshot.strategies().size();
        case 2 -> snapshot.commitments().size();
        default -> snapshot.restructurings().size();
      };
    }

    boolean holds(int list, int index) {
      return index >= offsets[list] && index < offsets[list] + count(list);
    }
  }

  private static final DocumentMapping.Mapped NOTHING =
      new DocumentMapping.Mapped(Snapshot.EMPTY, ImmutableMap.of(), ImmutableSet.of());

  private FileRead readOne(DatasetSource source, Snapshot before) {
    int[] offsets = {
      before.units().size(),
      before.strategies().size(),
      before.commitments().size(),
      before.restructurings().size()
    };
    Report report = new Report(limits.maxFindings());
    Optional<DocumentNode> root = Optional.empty();
    DocumentMapping.Mapped mapped = NOTHING;
    try {
      root = parser.parse(source, report).root();
      if (root.isPresent()) {
        mapped = new DocumentMapping(report).map(root.get());
      }
    } catch (Report.Stopped stopped) {
      // The report says so in its last finding; nothing of the file is kept.
      mapped = NOTHING;
    }
    List<DatasetFinding> findings = new ArrayList<>();
    report.findings().forEach(f -> findings.add(new DatasetFinding(source.name(), f)));
    return new FileRead(source.name(), root, mapped, offsets, findings);
  }

  private record Placed(FileRead file, Finding finding) {}

  /**
   * Carries a finding on the joined snapshot back to its file: the list index is made local to the
   * file, every index is made the one of the document (where malformed items were left out, the two
   * differ) and the line is looked up. A reference to an object left out as malformed is not
   * reported again: its findings already say what is wrong.
   */
  private static Optional<Placed> placed(
      Finding finding, List<FileRead> files, Set<String> skippedIds) {
    Optional<Local> local = local(finding.path(), files);
    if (local.isEmpty()) {
      return files.isEmpty() ? Optional.empty() : Optional.of(new Placed(files.get(0), finding));
    }
    FileRead file = local.get().file();
    String pointer = local.get().pointer();
    if (finding.rule() == Rule.REF_UNKNOWN && refersToSkipped(file, pointer, skippedIds)) {
      return Optional.empty();
    }
    OptionalInt line =
        file.root()
            .map(root -> OptionalInt.of(Pointer.line(root, pointer)))
            .orElse(OptionalInt.empty());
    return Optional.of(
        new Placed(
            file,
            new Finding(
                finding.rule(), pointer, line, localMessage(finding.message(), file, files))));
  }

  /** A place in one file: the file and the JSON Pointer into it. */
  private record Local(FileRead file, String pointer) {}

  /**
   * Where a pointer into the joined lists points in its own file: the list index is made local to
   * the file and every index made the one of the document (where malformed items were left out, the
   * two differ).
   */
  private static Optional<Local> local(String joinedPointer, List<FileRead> files) {
    List<String> segments = Pointer.segments(joinedPointer);
    int list = segments.isEmpty() ? -1 : LISTS.indexOf(segments.get(0));
    int index = list < 0 || segments.size() < 2 ? -1 : Pointer.index(segments.get(1));
    Optional<FileRead> owner =
        index < 0 ? Optional.empty() : files.stream().filter(f -> f.holds(list, index)).findFirst();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    FileRead file = owner.get();
    String pointer = "/" + LISTS.get(list);
    pointer =
        Pointer.child(pointer, file.mapped().documentIndex(pointer, index - file.offsets()[list]));
    for (String segment : segments.subList(2, segments.size())) {
      int i = Pointer.index(segment);
      pointer =
          i < 0
              ? Pointer.child(pointer, segment)
              : Pointer.child(pointer, file.mapped().documentIndex(pointer, i));
    }
    return Optional.of(new Local(file, pointer));
  }

  /**
   * A message may name another place of the joined lists ("already used at /units/40"): that place
   * is carried back to its file too, and the file named when it is another one.
   */
  private static String localMessage(String message, FileRead file, List<FileRead> files) {
    return JOINED_POINTER
        .matcher(message)
        .replaceAll(
            match ->
                Matcher.quoteReplacement(
                    local(match.group(), files)
                        .map(
                            other ->
                                other.file().name().equals(file.name())
                                    ? other.pointer()
                                    : other.file().name() + " " + other.pointer())
                        .orElse(match.group())));
  }

  private static boolean refersToSkipped(FileRead file, String pointer, Set<String> skippedIds) {
    return file.root()
        .flatMap(root -> Pointer.find(root, pointer))
        .filter(DocumentNode.Scalar.class::isInstance)
        .map(node -> ((DocumentNode.Scalar) node).text())
        .map(
            ref ->
                skippedIds.contains(ref)
                    || ref.indexOf('/') > 0
                        && skippedIds.contains(ref.substring(0, ref.indexOf('/'))))
        .orElse(false);
  }
}
