package org.civitas.adapter.persistence.dataset;

/**
 * How much a dataset file may hold before it is refused. A ministry may receive files from
 * anywhere: each limit keeps a hostile file from exhausting memory or time.
 *
 * @param maxBytes the size of a file
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxValues how many values (mappings, lists and scalars) one file may hold
 * @param maxTextLength the length of one text, in characters
 * @param maxYamlLineLength the length of one line of a YAML file, in characters (the YAML scanner
 *     slows down with the square of a line's length)
 * @param maxFindings how many findings one file may give before reading it stops
 */
public record DatasetLimits(
    long maxBytes,
    int maxDepth,
    int maxValues,
    int maxTextLength,
    int maxYamlLineLength,
    int maxFindings) {

  /**
   * 64 MiB, 64 levels, 2 000 000 values, 65 536 characters a text, 262 144 a YAML line, 1 000
   * findings.
   */
  public static final DatasetLimits DEFAULT =
      new DatasetLimits(64L << 20, 64, 2_000_000, 1 << 16, 1 << 18, 1_000);

  public DatasetLimits {
    if (maxBytes <= 0
        || maxDepth <= 0
        || maxValues <= 0
        || maxTextLength <= 0
        || maxYamlLineLength <= 0
        || maxFindings <= 0) {
      throw new IllegalArgumentException("every dataset limit must be greater than 0");
    }
  }

  public DatasetLimits withMaxBytes(long bytes) {
    return new DatasetLimits(
        bytes, maxDepth, maxValues, maxTextLength, maxYamlLineLength, maxFindings);
  }

  public DatasetLimits withMaxValues(int values) {
    return new DatasetLimits(
        maxBytes, maxDepth, values, maxTextLength, maxYamlLineLength, maxFindings);
  }
}
