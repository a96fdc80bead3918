package org.civitas.adapter.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civitas.application.port.in.ImportSnapshotCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civitas serve}: the REST API and the dashboard over the database, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Serve the REST API (/api/v1) and the dashboard (/) over the database.",
    description = {
      "Reads are open to anyone unless --token-only-reads; changes need a token (civitas token create). "
          + DatabaseOption.WHERE,
      "With --demo, the examples (examples/*.yaml) are imported into a new temporary database, deleted when the server stops."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped (Ctrl-C)",
      "1:the examples have errors",
      "2:usage or I/O error (port in use, no database, examples missing)"
    })
final class ServeCommand implements Callable<Integer> {

  /** How long Ctrl-C waits for the server to stop and the database to close. */
  private static final long STOPPING_SECONDS = 30;

  private final Wiring wiring;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "The port to listen on (8080 when not given; 0 for any free port).")
  private int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on: 127.0.0.1 (the default) for this machine only, 0.0.0.0 for"
              + " every network.")
  private String host = "127.0.0.1";

  @Option(
      names = "--demo",
      description =
          "Serve the examples, imported into a new temporary database deleted on exit,"
              + " rather than the database.")
  private boolean demo;

  @Option(names = "--token-only-reads", description = "Reads need a token too, like changes.")
  private boolean tokenOnlyReads;

  @Mixin private DatabaseOption database;

  ServeCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws InterruptedException {
    // An empty database is served too: a dataset may be imported through the API.
    Database served =
        demo ? demoDatabase() : wiring.database(database.url(), Database.Access.WRITE);
    CountDownLatch closed = new CountDownLatch(1);
    Thread onCtrlC = null;
    try {
      Server server = wiring.serve(served, host, port, tokenOnlyReads);
      // Ctrl-C stops the server, then waits until the database is closed (a demo one deleted).
      onCtrlC =
          new Thread(
              () -> {
                server.stop();
                try {
                  closed.await(STOPPING_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "civitas-stop");
      Runtime.getRuntime().addShutdownHook(onCtrlC);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Civitas serves http://localhost:"
              + server.port()
              + "/ (API at /api/v1, Ctrl-C to stop)");
      out.flush();
      try {
        server.awaitStop();
      } finally {
        server.stop();
      }
    } finally {
      served.close();
      closed.countDown();
      if (onCtrlC != null) {
        removeHook(onCtrlC);
      }
    }
    return 0;
  }

  private Database demoDatabase() {
    Dataset dataset = wiring.datasetFiles().read(wiring.exampleFiles());
    if (dataset.hasErrors()) {
      throw new CommandRefused(
          "the examples have "
              + Text.count(dataset.errors().size(), "error", "errors")
              + ": run civitas validate examples/*.yaml");
    }
    Database target = wiring.temporaryDatabase();
    try {
      target
          .civitas()
          .importSnapshot()
          .importSnapshot(
              new ImportSnapshotCommand(dataset.snapshot(), ImmutableList.of(), target.actor()));
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
    return target;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: the process is ending, and the hook lets it once all is closed.
    }
  }
}
