package org.civitas.adapter.rest;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port to listen on; 0 for any free port ({@link RestServer#start()} answers the
 *     one chosen)
 * @param publicReads whether reads are open to anyone (true) or need a token like writes (false)
 * @param maxResourceBytes the largest body of a single resource (a progress report, a measurement)
 * @param maxDatasetBytes the largest dataset document to validate or import
 * @param maxPageSize the largest page a list may be asked for
 * @param maxDepth the most levels below its root a tree may be asked for
 * @param answerCacheBytes how many bytes of answers to reads the server may keep to send again
 *     while the record and the day stay the same; 0 to keep none
 */
public record RestConfig(
    String host,
    int port,
    boolean publicReads,
    long maxResourceBytes,
    long maxDatasetBytes,
    int maxPageSize,
    int maxDepth,
    long answerCacheBytes) {

  /**
   * Loopback, any free port, public reads, 1 MiB, 64 MiB, pages of 500, trees of 10 levels, and an
   * eighth of this JVM's heap for copies of answers.
   */
  public static final RestConfig DEFAULT =
      new RestConfig(
          "127.0.0.1", 0, true, 1L << 20, 64L << 20, 500, 10, Runtime.getRuntime().maxMemory() / 8);

  public RestConfig {
    if (host.isBlank()) {
      throw new IllegalArgumentException("give the address to listen on, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not a port: give 0 to 65535");
    }
    if (maxResourceBytes <= 0 || maxDatasetBytes <= 0 || maxPageSize <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("every limit of the server must be greater than 0");
    }
    if (answerCacheBytes < 0) {
      throw new IllegalArgumentException(
          "the room for copies of answers is " + answerCacheBytes + " bytes: give 0 or more");
    }
  }

  public RestConfig withHost(String newHost) {
    return new RestConfig(
        newHost,
        port,
        publicReads,
        maxResourceBytes,
        maxDatasetBytes,
        maxPageSize,
        maxDepth,
        answerCacheBytes);
  }

  public RestConfig withPort(int newPort) {
    return new RestConfig(
        host,
        newPort,
        publicReads,
        maxResourceBytes,
        maxDatasetBytes,
        maxPageSize,
        maxDepth,
        answerCacheBytes);
  }

  public RestConfig withPublicReads(boolean open) {
    return new RestConfig(
        host,
        port,
        open,
        maxResourceBytes,
        maxDatasetBytes,
        maxPageSize,
        maxDepth,
        answerCacheBytes);
  }

  public RestConfig withBodyLimits(long resourceBytes, long datasetBytes) {
    return new RestConfig(
        host,
        port,
        publicReads,
        resourceBytes,
        datasetBytes,
        maxPageSize,
        maxDepth,
        answerCacheBytes);
  }

  public RestConfig withMaxPageSize(int size) {
    return new RestConfig(
        host,
        port,
        publicReads,
        maxResourceBytes,
        maxDatasetBytes,
        size,
        maxDepth,
        answerCacheBytes);
  }

  public RestConfig withMaxDepth(int depth) {
    return new RestConfig(
        host,
        port,
        publicReads,
        maxResourceBytes,
        maxDatasetBytes,
        maxPageSize,
        depth,
        answerCacheBytes);
  }

  public RestConfig withAnswerCache(long bytes) {
    return new RestConfig(
        host, port, publicReads, maxResourceBytes, maxDatasetBytes, maxPageSize, maxDepth, bytes);
  }
}
