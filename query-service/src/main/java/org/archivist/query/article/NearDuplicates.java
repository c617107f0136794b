package org.archivist.query.article;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises copies of one story: the same normalized title (as article ids are computed: NFKC,
 * whitespace runs collapsed, trimmed, lower-case) or the same content hash. Fed the article itself first,
 * then candidates in rank order, it accepts each candidate that copies neither the article nor a
 * candidate accepted before, so a list of similar articles names each story once.
 */
final class NearDuplicates {

    private final Set<String> titles = new HashSet<>();
    private final Set<String> hashes = new HashSet<>();

    /** @return true when the story is new (and remembers it), false when it copies one seen before */
    boolean accept(String title, String contentHash) {
        String normalized = normalizedTitle(title);
        boolean seen = (normalized != null && titles.contains(normalized))
                || (contentHash != null && hashes.contains(contentHash));
        if (normalized != null) {
            titles.add(normalized);
        }
        if (contentHash != null) {
            hashes.add(contentHash);
        }
        return !seen;
    }

    static String normalizedTitle(String title) {
        if (title == null) {
            return null;
        }
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return normalized.isEmpty() ? null : normalized;
    }
}
