package org.archivist.ingest.archive.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Language declarations as pages write them ({@code en}, {@code EN-us}, {@code en_US}, {@code pt-br},
 * {@code zh-Hant-TW}, {@code en-US,en;q=0.9}) in BCP 47 case: {@code en}, {@code en-US}, {@code pt-BR},
 * {@code zh-Hant-TW}. Anything that is no language tag ({@code x-default}, {@code *}, {@code English})
 * gives null rather than a guess.
 */
final class LanguageTags {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");
    private static final Pattern SCRIPT = Pattern.compile("[a-zA-Z]{4}");
    private static final Pattern REGION = Pattern.compile("[a-zA-Z]{2}|\\d{3}");

    private LanguageTags() {
    }

    /** The declared language as a BCP 47 tag (language, optional script and region), or null. */
    static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String first = declared.strip().split("[,;\\s]", 2)[0].replace('_', '-');
        if (first.isEmpty()) {
            return null;
        }
        String[] parts = first.split("-");
        if (!LANGUAGE.matcher(parts[0]).matches()) {
            return null;
        }
        StringBuilder tag = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        int next = 1;
        if (next < parts.length && SCRIPT.matcher(parts[next]).matches()) {
            tag.append('-').append(parts[next].substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(parts[next].substring(1).toLowerCase(Locale.ROOT));
            next++;
        }
        if (next < parts.length && REGION.matcher(parts[next]).matches()) {
            tag.append('-').append(parts[next].toUpperCase(Locale.ROOT));
        }
        return tag.toString();
    }
}
