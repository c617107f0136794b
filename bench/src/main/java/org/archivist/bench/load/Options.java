package org.archivist.bench.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} command-line options of the load tools, each with a default. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            int equals = arg.indexOf('=');
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.remove(name)) : fallback;
    }

    long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.remove(name)) : fallback;
    }

    String text(String name, String fallback) {
        return values.containsKey(name) ? values.remove(name) : fallback;
    }

    /** Seconds, e.g. {@code --seconds=60}. */
    Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    List<Integer> integers(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    /** Fails on options no tool asked for, so that a typo never runs a benchmark with defaults unnoticed. */
    void requireAllUsed() {
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("Unknown options: " + values.keySet());
        }
    }
}
