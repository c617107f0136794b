package org.archivist.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
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

    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "ref_src", "__s",
            "_ga", "_gl", "wt.mc_id", "spm", "share", "s_cid");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*)://");
    private static final String[] TITLE_SEPARATORS = { " | ", " - ", " – ", " — ", " :: ", " · ", " / " };
    private static final Pattern QUOTES = Pattern.compile("[\"'“”„‟‘’‚‛«»‹›`´]");
    private static final Pattern JOINERS = Pattern.compile("[\\p{Pd}/\\\\_]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CitationKeys() {
    }

    /**
     * Lower-cases scheme and host, drops {@code www.}, a default port, the fragment, tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid} …) and a trailing slash; keeps the other parameters in
     * order. Returns null for null or blank input; text with no {@code scheme://} is returned trimmed.
     */
    public static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.trim();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        var m = SCHEME.matcher(s);
        if (!m.find()) {
            return s;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        int authorityStart = m.end();
        int authorityEnd = authorityStart;
        while (authorityEnd < s.length() && "/?".indexOf(s.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = s.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String host = authority.substring(at + 1).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (scheme.equals("http") && host.endsWith(":80") || scheme.equals("https") && host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String rest = s.substring(authorityEnd);
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? cleanQuery(rest.substring(q + 1)) : "";
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + userInfo + host + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String cleanQuery(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = (eq >= 0 ? parameter.substring(0, eq) : parameter).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
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
