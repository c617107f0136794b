package org.archivist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the test JVM while it is open, for tests that assert what must never be logged (API keys).
 * It listens on the root logger at the levels the application runs with, and on Spring Security's loggers down to
 * TRACE, where they would log a request's authentication in detail; those stay out of the build log.
 * Open it once Spring Boot has set up logging (the context is started), since that replaces the root's appenders.
 */
public final class LogCapture implements AutoCloseable {

    private static final String SECURITY = "org.springframework.security";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Logger security;
    private final Level securityLevel;
    private final boolean securityAdditive;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        security = context.getLogger(SECURITY);
        securityLevel = security.getLevel();
        securityAdditive = security.isAdditive();
        appender.setContext(context);
        appender.setName("log-capture");
        appender.start();
        root.addAppender(appender);
        security.addAppender(appender);
        security.setLevel(Level.TRACE);
        security.setAdditive(false);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The events so far. */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }

    /** Everything an event could show: its message, arguments, MDC values and stack trace. */
    public static String text(ILoggingEvent event) {
        List<String> parts = new ArrayList<>();
        parts.add(event.getLoggerName());
        parts.add(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            Arrays.stream(event.getArgumentArray()).map(String::valueOf).forEach(parts::add);
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach((key, value) -> parts.add(key + "=" + value));
        }
        if (event.getThrowableProxy() != null) {
            parts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return String.join("\n", parts.stream().map(Objects::toString).toList());
    }

    /**
     * Asserts that no event so far holds any of {@code secrets}, and that each of {@code loggers} (a logger name or
     * the start of one) has logged, so that the check saw the lines it is about.
     */
    public void assertNoneContains(Collection<String> secrets, String... loggers) {
        List<ILoggingEvent> events = events();
        for (String logger : loggers) {
            assertThat(events).as("events of %s", logger)
                    .anyMatch(event -> event.getLoggerName().startsWith(logger));
        }
        for (ILoggingEvent event : events) {
            String text = text(event);
            assertThat(secrets).as("secrets in this log event:%n%s", text).noneMatch(text::contains);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        security.detachAppender(appender);
        security.setLevel(securityLevel);
        security.setAdditive(securityAdditive);
        appender.stop();
    }
}
