package org.archivist.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern QUOTES = Pattern.compile("[\"'“”„‟‘’‚‛«»‹›`´]");
    private static final Pattern JOINERS = Pattern.compile("[\\p{Pd}/\\\\_]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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

    private static String key(String s) {
        String k = QUOTES.matcher(s).replaceAll("");
        k = JOINERS.matcher(k).replaceAll(" ");
        k = PUNCTUATION.matcher(k).replaceAll("");
        return SPACES.matcher(k.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
