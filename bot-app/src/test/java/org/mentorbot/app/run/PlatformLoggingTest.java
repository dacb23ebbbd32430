package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a library logs through {@link System.Logger} reaches logback, in the log's own format. */
class PlatformLoggingTest {

  @Test
  void aLibraryLoggingThroughSystemLoggerReachesLogback() {
    Logger logback = (Logger) LoggerFactory.getLogger("platform-logging-test");
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logback.addAppender(events);
    try {
      System.getLogger("platform-logging-test")
          .log(System.Logger.Level.WARNING, "Exception thrown during asynchronous load");
    } finally {
      logback.detachAppender(events);
    }

    assertThat(events.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Exception thrown during asynchronous load");
  }
}
