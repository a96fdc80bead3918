package org.civitas.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Counts the writes to one database that a store can know of, without reading the database: the
 * store's {@link JdbcStore#revision()}.
 *
 * <ul>
 *   <li>An H2 file is open in one process only (H2 locks it), and every store of that process on it
 *       shares one count, so counting the writes of this process counts them all.
 *   <li>PostgreSQL may be written by other processes too (a server, and {@code civitas import} on
 *       the same database, or any other client). Triggers on the record's tables (migration V5)
 *       notify channel {@value #CHANNEL} of every change when it commits, naming the store that
 *       made it when a store did; every store listens on the channel over a connection of its own
 *       and counts the changes it did not make itself once their notice arrives, within
 *       milliseconds. While that connection is not listening (before it is opened, after it broke),
 *       every reading of the count is a new number, so that no copy kept under an old one is given
 *       again.
 * </ul>
 */
abstract class Revisions implements AutoCloseable {

  /** The PostgreSQL channel each write notifies. */
  static final String CHANNEL = "civitas_record";

  /** The count of each H2 database open in this process, by the file it is kept in. */
  private static final Map<String, AtomicLong> H2_FILES = new ConcurrentHashMap<>();

  final AtomicLong count;

  private Revisions(AtomicLong count) {
    this.count = count;
  }

  /** The count now. */
  abstract long current();

  /** Counts a write of this store, once its transaction has ended, committed or not. */
  final void written() {
    count.incrementAndGet();
  }

  /**
   * Names this store as the writer of {@code transaction}, before it changes anything, so that the
   * notices of its changes are told from those of other writers. Nothing to name on H2.
   */
  void nameWriter(Handle transaction) {}

  @Override
  public void close() {}

  /** The count shared by the stores of this process on the H2 database {@code file}. */
  static Revisions h2(String file) {
    return new Revisions(H2_FILES.computeIfAbsent(file, f -> new AtomicLong())) {
      @Override
      long current() {
        return count.get();
      }
    };
  }

  /**
   * A count kept up to date by listening on the PostgreSQL database at {@code url}: listening
   * already when this returns, unless the database could not be reached.
   */
  static Revisions postgresql(String url) {
    Listening listening = new Listening(url);
    listening.connect();
    listening.thread.start();
    return listening;
  }

  /** Listens for the notifications of writes on a connection of its own, opened again if lost. */
  private static final class Listening extends Revisions {

    private static final int WAIT_MILLIS = 250;
    private static final long RECONNECT_SECONDS = 1;

    private final String url;
    private final String writer = UUID.randomUUID().toString();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile @Nullable Connection connection;

    Listening(String url) {
      super(new AtomicLong());
      this.url = url;
      this.thread = new Thread(this::listen, "civitas-revisions");
      this.thread.setDaemon(true);
    }

    @Override
    void nameWriter(Handle transaction) {
      transaction
          .createQuery("SELECT set_config('civitas.writer', :writer, true)")
          .bind("writer", writer)
          .mapTo(String.class)
          .one();
    }

    @Override
    long current() {
      return connection != null ? count.get() : count.incrementAndGet();
    }

    /** Opens the connection and listens on it; stays deaf when the database cannot be reached. */
    void connect() {
      Connection opened = null;
      try {
        opened = DriverManager.getConnection(url);
        try (Statement listen = opened.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        // Writes committed before LISTEN are seen by any read from now on: a new count.
        count.incrementAndGet();
        connection = opened;
      } catch (SQLException e) {
        closeQuietly(opened);
      }
    }

    private void listen() {
      while (closing.getCount() > 0) {
        Connection listened = connection;
        if (listened == null) {
          awaitClosing(RECONNECT_SECONDS);
          if (closing.getCount() > 0) {
            connect();
          }
          continue;
        }
        try {
          PGNotification[] writes =
              listened.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
          if (writes != null
              && Arrays.stream(writes).anyMatch(w -> !w.getParameter().equals(writer))) {
            count.incrementAndGet();
          }
        } catch (SQLException e) {
          // Deaf until connected again: current() gives a new number at each call meanwhile.
          connection = null;
          count.incrementAndGet();
          closeQuietly(listened);
        }
      }
      closeQuietly(connection);
      connection = null;
    }

    private void awaitClosing(long seconds) {
      try {
        closing.await(seconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closing.countDown();
      }
    }

    /** The thread closes its connection and ends within {@value #WAIT_MILLIS} ms. */
    @Override
    public void close() {
      closing.countDown();
    }

    private static void closeQuietly(@Nullable Connection opened) {
      if (opened == null) {
        return;
      }
      try {
        opened.close();
      } catch (SQLException e) {
        // Nothing is left to do with a connection that will not close.
      }
    }
  }
}
