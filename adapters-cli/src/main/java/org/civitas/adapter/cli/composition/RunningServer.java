package org.civitas.adapter.cli.composition;

import java.util.concurrent.CountDownLatch;
import org.civitas.adapter.cli.Server;
import org.civitas.adapter.rest.RestServer;

/** The REST server as the command sees it: its port, and a stop it can wait for. */
final class RunningServer implements Server {

  private final RestServer server;
  private final int port;
  private final CountDownLatch stopped = new CountDownLatch(1);

  RunningServer(RestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (stopped.getCount() > 0) {
      server.stop();
      stopped.countDown();
    }
  }

  @Override
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }
}
