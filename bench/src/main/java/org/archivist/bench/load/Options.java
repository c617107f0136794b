package org.archivist.bench.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the load tools, each with a default: {@code --name=value}, {@code --name value}, or a
 * bare {@code --name} for a flag.
 */
final class Options {

    /** A command line the tool cannot run with: a message for the user, not a failure of the stack. */
    static final class UsageException extends IllegalArgumentException {

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("Options look like --name=value, --name value or --flag, not " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(arg.substring(2), args[++i]);
            } else {
                values.put(arg.substring(2), "true");
            }
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Math.toIntExact(parsed(name, values.remove(name))) : fallback;
    }

    long number(String name, long fallback) {
        return values.containsKey(name) ? parsed(name, values.remove(name)) : fallback;
    }

    private static long parsed(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + value + "'");
        }
    }

    String text(String name, String fallback) {
        return values.containsKey(name) ? values.remove(name) : fallback;
    }

    /** A flag: true when given bare or as {@code =true}. */
    boolean flag(String name) {
        return Boolean.parseBoolean(text(name, "false"));
    }

    /** Seconds, e.g. {@code --seconds=60}. */
    Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    List<Integer> integers(String name, String fallback) {
        return texts(name, fallback).stream().map(value -> Math.toIntExact(parsed(name, value))).toList();
    }

    /** A comma-separated list; empty when given empty. */
    List<String> texts(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Fails on options no tool asked for, so that a typo never runs a benchmark with defaults unnoticed. */
    void requireAllUsed() {
        if (!values.isEmpty()) {
            throw new UsageException("Unknown options: " + values.keySet());
        }
    }
}
