package org.archivist.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The matching rule between citations and articles, shared by enrich-service and query-service: a normalised
 * URL and a normalised title. Two spellings of the same address or headline give the same key; both sides of a
 * match must use these methods. Part of the cited-by contract: a footnote's {@code resolvedArticleId} names the
 * stored article whose URL or title gives the same key as the footnote's citation, so changing a rule here
 * changes which articles cite which, and stored index entries keep the keys they were written with until the
 * articles are indexed again.
 */
public final class CitationKeys {

    /** Beyond those of {@link CanonicalUrl}: more click ids and share markers, dropped for matching only. */
    private static final Set<String> MORE_TRACKING_PARAMETERS = Set.of("dclid", "msclkid", "yclid", "igshid",
            "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "ref_src", "__s", "_ga", "_gl", "wt.mc_id", "spm", "share",
            "s_cid");
    private static final String[] TITLE_SEPARATORS = { " | ", " - ", " – ", " — ", " :: ", " · ", " / " };
    /** Removed, not turned into spaces: {@code Don’t} is {@code dont}. */
    private static final String QUOTES = "\"'“”„‟‘’‚‛«»‹›`´";

    private CitationKeys() {
    }

    /**
     * {@link CanonicalUrl#of} (the id's rule), then leniencies that are looser than the id, for matching only: a
     * citation written by hand or copied from a share button still finds the article. They drop a leading
     * {@code www.} and a trailing dot of the host, trailing slashes of the path and more tracking parameters
     * ({@code dclid}, {@code msclkid}, {@code igshid}, {@code _ga} …). Returns null for null or blank input; text
     * with no {@code scheme://} is returned trimmed and without its fragment.
     */
    public static String normalizeUrl(String url) {
        CanonicalUrl.Parts canonical = CanonicalUrl.parse(url);
        if (canonical == null) {
            return CanonicalUrl.of(url);
        }
        String host = canonical.host();
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String path = canonical.path();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return canonical.withHost(host).withPath(path)
                .withoutParameters(name -> MORE_TRACKING_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)))
                .toString();
    }

    /** {@link #normalizeTitle(String, String)} without a publication. */
    public static String normalizeTitle(String title) {
        return normalizeTitle(title, null);
    }

    /**
     * NFKC, a trailing {@code " - <publication>"} or {@code " | <publication>"} removed when the publication is
     * given and matches, quotes removed, dashes and slashes turned into spaces, other punctuation and symbols
     * removed, lower case (ROOT), whitespace collapsed. Returns null for null input.
     */
    public static String normalizeTitle(String title, String publication) {
        if (title == null) {
            return null;
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).trim();
        if (publication != null && !publication.isBlank()) {
            t = withoutPublicationSuffix(t, key(Normalizer.normalize(publication, Normalizer.Form.NFKC)));
        }
        return key(t);
    }

    private static String withoutPublicationSuffix(String title, String publicationKey) {
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0 && key(title.substring(at + separator.length())).equals(publicationKey)) {
                return title.substring(0, at);
            }
        }
        return title;
    }

    /**
     * Quotes removed, dashes ({@code \\p{Pd}}), slashes and underscores turned into spaces, other punctuation and
     * symbols ({@code \\p{P}}, {@code \\p{S}}) removed, lower case (ROOT), runs of whitespace ({@code \\s}) made one
     * space, trimmed. One pass over the code points instead of four regular expressions: this runs for every title
     * and citation on each write and for every hit of a search page (docs/BENCHMARKS.md).
     */
    private static String key(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (QUOTES.indexOf(c) >= 0) {
                continue;
            }
            if (c == '/' || c == '\\' || c == '_' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                kept.append(' ');
            } else if (!isPunctuationOrSymbol(c)) {
                kept.appendCodePoint(c);
            }
        }
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                key.append(c);
            } else if (!inSpace) {
                key.append(' ');
            }
            inSpace = space;
        }
        return key.toString().trim();
    }

    private static boolean isPunctuationOrSymbol(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
