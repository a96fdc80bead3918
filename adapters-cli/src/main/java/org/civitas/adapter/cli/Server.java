package org.civitas.adapter.cli;

/** The REST server and dashboard over a database, listening until stopped. */
public interface Server {

  /** The port it listens on. */
  int port();

  /** Stops listening, requests under way finished first; stopping it again changes nothing. */
  void stop();

  /** Waits until it is stopped. */
  void awaitStop() throws InterruptedException;
}
