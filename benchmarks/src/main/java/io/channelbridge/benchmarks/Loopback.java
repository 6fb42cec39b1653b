package io.channelbridge.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on the loopback interface: what each of the harness's fake channels runs on.
 */
final class Loopback implements AutoCloseable {
  static final String JSON = "application/json; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;

  /** Serves {@code handler} on two threads, as the pull and call sections need. */
  Loopback(HttpHandler handler) throws IOException {
    this(handler, 0, Executors.newFixedThreadPool(2));
  }

  /**
   * Serves {@code handler} on {@code executor} with a connection backlog ({@code 0}: the JDK's).
   */
  Loopback(HttpHandler handler, int backlog, ExecutorService executor) throws IOException {
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
    this.executor = executor;
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /** The server's URI for an absolute {@code path} ({@code "/"} for its root). */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers with a JSON body. */
  static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    send(ex, status, JSON, body);
  }

  /** Answers with a body of the given content type. */
  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
