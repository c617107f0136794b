package org.archivist.enrich.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.archivist.contract.Category;
import org.archivist.enrich.EnrichmentTable;
import org.archivist.enrich.TableLines;

/**
 * Turns a page's own category labels into categories with {@code origin=source}: each label kept as written under
 * a stable slug code, plus the IPTC top-level topic when the label plainly names one ("Sport", "US Politics",
 * "Business &amp; Finance"). The keyword table is a resource ({@code topics/source-categories.txt}), so adding a
 * synonym needs no code change. Immutable after construction.
 */
final class SourceCategories {

    static final String SLUG_PREFIX = "source:";

    /** Keyword (as folded lower-case words) to topic; a keyword matches whole consecutive words of a label. */
    private final Map<List<String>, MediaTopic> keywords;
    private final int longestKeyword;

    private SourceCategories(Map<List<String>, MediaTopic> keywords) {
        this.keywords = Map.copyOf(keywords);
        this.longestKeyword = keywords.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    static SourceCategories load(EnrichmentTable table) {
        Map<List<String>, MediaTopic> keywords = new HashMap<>();
        for (TableLines.Line line : TableLines.read(table)) {
            String text = line.text();
            int colon = text.indexOf(':');
            String code = text.substring(0, colon).strip();
            MediaTopic topic = MediaTopic.byCode("medtop:" + code).orElseThrow(
                    () -> new IllegalStateException("Unknown topic " + code + " at " + line.where()));
            for (String keyword : text.substring(colon + 1).split(",")) {
                List<String> words = words(keyword);
                if (!words.isEmpty()) {
                    keywords.put(words, topic);
                }
            }
        }
        return new SourceCategories(keywords);
    }

    List<Category> categorize(List<String> labels) {
        Map<String, Category> slugs = new LinkedHashMap<>();
        Map<MediaTopic, Set<String>> topics = new LinkedHashMap<>();
        for (String raw : labels) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String label = raw.strip();
            String slug = slug(label);
            if (slug.isEmpty() || slugs.containsKey(slug)) {
                continue;
            }
            slugs.put(slug, new Category(SLUG_PREFIX + slug, label, 1.0, Category.ORIGIN_SOURCE, List.of()));
            for (MediaTopic topic : topicsNamedBy(label)) {
                topics.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add("source category: " + label);
            }
        }
        List<Category> out = new ArrayList<>(slugs.values());
        topics.forEach((topic, evidence) -> out.add(new Category(topic.code(), topic.label(), 1.0,
                Category.ORIGIN_SOURCE, List.copyOf(evidence))));
        return out;
    }

    Set<MediaTopic> topicsNamedBy(String label) {
        List<String> words = words(label);
        Set<MediaTopic> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int len = Math.min(longestKeyword, words.size() - i); len >= 1; len--) {
                MediaTopic topic = keywords.get(words.subList(i, i + len));
                if (topic != null) {
                    found.add(topic);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A stable code for a label: accents removed, lower case, every run of other characters turned into one
     * hyphen ("U.S.A" is {@code u-s-a}, "Économie" is {@code economie}). Letters of other scripts are kept.
     */
    static String slug(String label) {
        String folded = Words.fold(label).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingHyphen && !out.isEmpty()) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.append(c);
            } else {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        String slug = slug(text);
        return slug.isEmpty() ? List.of() : Arrays.asList(slug.split("-"));
    }
}
