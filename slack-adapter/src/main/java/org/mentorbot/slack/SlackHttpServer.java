package org.mentorbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackAppServlet;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.util.component.Graceful;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's signed HTTP requests, served by Bolt's servlet on the Jetty 9.4 that {@code bolt-jetty}
 * brings. Bolt's own {@code SlackAppServer} stops Jetty without waiting: a command that finished
 * just before the stop could lose its held ack (the client saw EOF). Here a stop first closes the
 * listening socket, answers requests on connections already open with 503, and waits (at most
 * {@code stopLimit}) until every exchange in progress has written its whole response; only then are
 * the connections closed.
 */
final class SlackHttpServer {

  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final Duration STUCK_THREADS_LIMIT = Duration.ofSeconds(1);

  private final Server server;
  private final OpenExchanges exchanges = new OpenExchanges();
  private final Duration stopLimit;

  SlackHttpServer(App app, String path, int port, Duration stopLimit) {
    this.stopLimit = stopLimit;
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("slack-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    // Jetty tells connector beans of this type when an exchange begins and when its response has
    // been written in full (after the last chunk, not when the servlet returns).
    connector.addBean(exchanges.listener, false);
    server.addConnector(connector);
    app.config().setAppPath(path);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), path);
    exchanges.setHandler(context);
    server.setHandler(exchanges);
    server.setErrorHandler(new JsonErrors());
    // Server.stop() waits this long for every Graceful handler (OpenExchanges, and the context,
    // which answers 503 from then on). It passes the limit on to its beans; a handler thread still
    // busy after that is stuck, so the pool then gets a second only before it interrupts it.
    server.setStopTimeout(stopLimit.toMillis());
    threads.setStopTimeout(STUCK_THREADS_LIMIT.toMillis());
    server.setStopAtShutdown(false); // mentorbot's own shutdown hook decides the order
  }

  /** Binds the port and starts serving; fails (port taken) before returning. */
  void start() throws Exception {
    server.start();
  }

  /**
   * Stops accepting connections, lets every exchange in progress write its response (new requests
   * on connections already open get 503), then closes the connections. Bounded by the stop limit.
   */
  void stop() throws Exception {
    int open = exchanges.open.get();
    if (open > 0) {
      log.info(
          "Slack HTTP stop: {} request(s) still being answered; waiting up to {}", open, stopLimit);
    }
    try {
      server.stop();
    } catch (TimeoutException e) {
      // Jetty still closed everything; it only reports that the graceful wait ran out.
      log.warn(
          "Slack HTTP stop: {} request(s) not answered within {}; their connections were closed",
          exchanges.open.get(),
          stopLimit);
    }
  }

  /**
   * Counts the exchanges between request and fully written response; as a {@link Graceful} handler,
   * its shutdown completes once that count is zero.
   */
  private static final class OpenExchanges extends HandlerWrapper implements Graceful {

    private final AtomicInteger open = new AtomicInteger();
    private final Graceful.Shutdown shutdown =
        new Graceful.Shutdown() {
          @Override
          protected FutureCallback newShutdownCallback() {
            return new FutureCallback();
          }
        };

    private final HttpChannel.Listener listener =
        new HttpChannel.Listener() {
          @Override
          public void onRequestBegin(Request request) {
            open.incrementAndGet();
          }

          @Override
          public void onComplete(Request request) {
            open.decrementAndGet();
            succeedIfShuttingDown();
          }
        };

    @Override
    public Future<Void> shutdown() {
      Future<Void> done = shutdown.shutdown();
      // The last exchange may have completed before the callback above existed.
      succeedIfShuttingDown();
      return done;
    }

    @Override
    public boolean isShutdown() {
      return shutdown.isShutdown();
    }

    private void succeedIfShuttingDown() {
      FutureCallback waiting = shutdown.get();
      if (waiting != null && open.get() == 0) {
        waiting.succeeded();
      }
    }

    @Override
    protected void doStart() throws Exception {
      shutdown.cancel(); // a fresh start is not shutting down
      super.doStart();
    }
  }

  /** Errors as Bolt's server writes them: a one-line JSON status, never an HTML page. */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    protected void writeErrorPage(
        HttpServletRequest request, Writer writer, int code, String message, boolean showStacks)
        throws IOException {
      writer.write("{\"status\":\"" + code + "\"}");
    }
  }
}
