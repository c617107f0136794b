package org.archivist.enrich.places;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.archivist.enrich.EnrichmentTable;
import org.archivist.enrich.TableLines;

/**
 * The country gazetteer, read once from a resource into a trie over {@link Tokens} and then immutable.
 *
 * <p>File format (lists separated by {@code ;}):
 * <pre>
 * BR | Brazil | Brazil; Brasil | Brazilian | Brasília; Brasilia; São Paulo
 * stop: New Mexico; Latin America
 * stop US-STATE: governor of Georgia
 * cue US-POLITICS: White House; Pentagon
 * </pre>
 * A country line gives its ISO 3166-1 alpha-2 code, English short name, names, demonyms (a demonym ending in
 * "-an" or "-i" also gets its plural: "Brazilians", "Israelis") and capitals or major cities. A {@code stop}
 * phrase names no country but, being longer, wins over a name inside it ("New Mexico" is not Mexico). A
 * {@code cue} names no country either; like a stop phrase with a group, it only tells the ambiguity rules what the
 * document is about. Matching is case-sensitive.
 */
final class Gazetteer {

    enum Kind { NAME, DEMONYM, PLACE, STOP, CUE }

    /** What a phrase means: a country (code) by name, demonym or place, or a stop phrase or cue (group). */
    record Entry(String code, Kind kind, String surface, String group) {
    }

    static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private Entry entry;

        Node child(String token) {
            return next.get(token);
        }

        Entry entry() {
            return entry;
        }
    }

    private final Node root;
    private final Map<String, String> names;
    private final TokenTable words;

    private Gazetteer(Node root, Map<String, String> names) {
        this.root = root;
        this.names = Map.copyOf(names);
        Set<String> all = new HashSet<>();
        collectWords(root, all);
        this.words = new TokenTable(all);
    }

    Node root() {
        return root;
    }

    /** Every token text of every phrase: a word not in it starts and continues no phrase. */
    TokenTable words() {
        return words;
    }

    private static void collectWords(Node node, Set<String> into) {
        for (Map.Entry<String, Node> e : node.next.entrySet()) {
            into.add(e.getKey());
            collectWords(e.getValue(), into);
        }
    }

    /** The English short name of a country code. */
    String name(String code) {
        return names.get(code);
    }

    int countries() {
        return names.size();
    }

    static Gazetteer load(EnrichmentTable table) {
        Node root = new Node();
        Map<String, String> names = new LinkedHashMap<>();
        for (TableLines.Line line : TableLines.read(table)) {
            String trimmed = line.text();
            String where = line.where();
            if (trimmed.startsWith("stop") || trimmed.startsWith("cue")) {
                int colon = trimmed.indexOf(':');
                String[] head = trimmed.substring(0, colon).strip().split("\\s+");
                Kind kind = head[0].equals("stop") ? Kind.STOP : Kind.CUE;
                String group = head.length > 1 ? head[1] : null;
                for (String phrase : list(trimmed.substring(colon + 1))) {
                    add(root, new Entry(null, kind, phrase, group), where);
                }
                continue;
            }
            String[] columns = trimmed.split("\\|", -1);
            if (columns.length != 5) {
                throw new IllegalStateException("Expected 5 columns at " + where);
            }
            String code = columns[0].strip();
            names.put(code, columns[1].strip());
            for (String name : list(columns[2])) {
                add(root, new Entry(code, Kind.NAME, name, null), where);
            }
            for (String demonym : list(columns[3])) {
                add(root, new Entry(code, Kind.DEMONYM, demonym, null), where);
                if (demonym.endsWith("an") || demonym.endsWith("i")) {
                    add(root, new Entry(code, Kind.DEMONYM, demonym + "s", null), where);
                }
            }
            for (String place : list(columns[4])) {
                add(root, new Entry(code, Kind.PLACE, place, null), where);
            }
        }
        return new Gazetteer(root, names);
    }

    private static List<String> list(String column) {
        return Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void add(Node root, Entry entry, String where) {
        Tokens tokens = Tokens.of(entry.surface());
        Node node = root;
        for (int i = 0; i < tokens.size(); i++) {
            node = node.next.computeIfAbsent(tokens.text(i), t -> new Node());
        }
        Entry previous = node.entry;
        if (previous != null && !sameMeaning(previous, entry)) {
            throw new IllegalStateException("'" + entry.surface() + "' at " + where + " already means " + previous);
        }
        if (previous == null) {
            node.entry = entry;
        }
    }

    private static boolean sameMeaning(Entry a, Entry b) {
        return Objects.equals(a.code(), b.code()) && Objects.equals(a.group(), b.group());
    }
}
