package org.civitas.adapter.rest.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP/1.1 load on loopback: each of {@code connections} threads holds one keep-alive
 * connection and sends its next {@code GET} as soon as the answer to the last one is read, for a
 * given time. Plain sockets and a minimal parser, so that the generator, which shares the machine's
 * cores with the server, takes as little of them as it can.
 */
final class Load {

  private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

  /** A time no sweep takes: it ends when its paths do. */
  private static final long UNTIL_DONE = Duration.ofDays(1).toNanos();

  private final int port;
  private final int connections;

  Load(int port, int connections) {
    this.port = port;
    this.connections = connections;
  }

  /** What a measurement gave: its answers, the non-200 among them, and every latency. */
  record Result(long requests, long failures, double seconds, long[] latencies, long bytes) {

    double perSecond() {
      return requests / seconds;
    }

    /** The latency at quantile {@code q} (0 to 1), in milliseconds. */
    double millis(double q) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int at = (int) Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1);
      return latencies[Math.max(0, at)] / 1e6;
    }

    double meanBytes() {
      return requests == 0 ? 0 : (double) bytes / requests;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,.0f req/s, p50 %.2f ms, p99 %.2f ms, %,d requests, %,d failed, %,.0f bytes each",
          perSecond(),
          millis(0.50),
          millis(0.99),
          requests,
          failures,
          meanBytes());
    }
  }

  /**
   * Sends {@code GET path(random)} over every connection for {@code duration}, each connection
   * drawing its paths from a random generator of its own.
   */
  Result run(Duration duration, long seed, Function<SplittableRandom, String> path)
      throws InterruptedException {
    return measure(
        duration.toNanos(),
        i -> {
          SplittableRandom random = new SplittableRandom(seed + i);
          return () -> path.apply(random);
        });
  }

  /**
   * Sends {@code GET} each of {@code paths} once, spread over the connections, until none is left.
   */
  Result each(List<String> paths) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    return measure(
        UNTIL_DONE,
        i ->
            () -> {
              int at = next.getAndIncrement();
              return at < paths.size() ? paths.get(at) : null;
            });
  }

  /**
   * Runs a connection per path source of {@code paths} (given the connection's number) for {@code
   * nanos}, or until its source gives no more paths.
   */
  private Result measure(long nanos, IntFunction<Supplier<String>> paths)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    try {
      CountDownLatch connected = new CountDownLatch(connections);
      CountDownLatch go = new CountDownLatch(1);
      long[] end = new long[1];
      List<Future<Connection>> running = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        Supplier<String> path = paths.apply(i);
        running.add(
            threads.submit(
                () -> {
                  Connection connection = new Connection(port);
                  connected.countDown();
                  go.await();
                  connection.load(end[0], path);
                  return connection;
                }));
      }
      connected.await();
      long start = System.nanoTime();
      end[0] = start + nanos;
      go.countDown();
      List<Connection> done = new ArrayList<>();
      for (Future<Connection> connection : running) {
        done.add(connection.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return merged(done, seconds);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the load failed: " + e.getCause(), e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  private static Result merged(List<Connection> connections, double seconds) {
    int total = connections.stream().mapToInt(c -> c.count).sum();
    long[] latencies = new long[total];
    long failures = 0;
    long bytes = 0;
    int at = 0;
    for (Connection c : connections) {
      System.arraycopy(c.latencies, 0, latencies, at, c.count);
      at += c.count;
      failures += c.failures;
      bytes += c.bytes;
    }
    Arrays.sort(latencies);
    return new Result(total, failures, seconds, latencies, bytes);
  }

  /** One keep-alive connection and what it measured. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final byte[] get = "GET ".getBytes(StandardCharsets.US_ASCII);
    private final byte[] host;
    private long[] latencies = new long[1 << 16];
    private int count;
    private long failures;
    private long bytes;

    Connection(int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      in = socket.getInputStream();
      out = new BufferedOutputStream(socket.getOutputStream(), 1 << 12);
      host =
          (" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends requests until {@code end} (a {@link System#nanoTime()}) or until {@code path} gives
     * none ({@code null}), then closes.
     */
    void load(long end, Supplier<String> path) throws IOException {
      try (socket) {
        while (System.nanoTime() < end) {
          String next = path.get();
          if (next == null) {
            return;
          }
          long sent = System.nanoTime();
          out.write(get);
          out.write(next.getBytes(StandardCharsets.US_ASCII));
          out.write(host);
          out.flush();
          int status = readAnswer();
          record(System.nanoTime() - sent);
          if (status != 200) {
            failures++;
          }
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }

    /** Reads one answer whole and gives its status. */
    private int readAnswer() throws IOException {
      String head = readHead();
      int status = Integer.parseInt(head.substring(9, 12));
      String lower = head.toLowerCase(Locale.ROOT);
      int length = lower.indexOf("\r\ncontent-length:");
      if (length >= 0) {
        int from = length + "\r\ncontent-length:".length();
        int to = lower.indexOf("\r\n", from);
        long size = Long.parseLong(lower.substring(from, to < 0 ? lower.length() : to).strip());
        skip(size);
        bytes += size;
      } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
        for (long chunk = chunkSize(); chunk > 0; chunk = chunkSize()) {
          skip(chunk + 2);
          bytes += chunk;
        }
        skip(2);
      } else if (status != 304 && status != 204) {
        throw new IOException("an answer without a length: " + head);
      }
      return status;
    }

    /** The status line and headers, up to the blank line that ends them. */
    private String readHead() throws IOException {
      StringBuilder head = new StringBuilder(256);
      int matched = 0;
      while (matched < END_OF_HEAD.length) {
        byte b = next();
        matched = b == END_OF_HEAD[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        head.append((char) b);
      }
      return head.substring(0, head.length() - 2);
    }

    private long chunkSize() throws IOException {
      StringBuilder line = new StringBuilder();
      for (byte b = next(); b != '\n'; b = next()) {
        if (b != '\r') {
          line.append((char) b);
        }
      }
      int extension = line.indexOf(";");
      return Long.parseLong(extension < 0 ? line.toString() : line.substring(0, extension), 16);
    }

    private void skip(long n) throws IOException {
      for (long left = n; left > 0; ) {
        if (position == limit) {
          fill();
        }
        int skipped = (int) Math.min(left, limit - position);
        position += skipped;
        left -= skipped;
      }
    }

    private byte next() throws IOException {
      if (position == limit) {
        fill();
      }
      return buffer[position++];
    }

    private void fill() throws IOException {
      int read = in.read(buffer);
      if (read < 0) {
        throw new IOException("the server closed the connection");
      }
      position = 0;
      limit = read;
    }
  }
}
