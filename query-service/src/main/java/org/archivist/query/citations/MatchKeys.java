package org.archivist.query.citations;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.contract.Citation;
import org.archivist.contract.CitationKeys;

/**
 * The keys one stored article, or one citation, is matched by, built with the shared rule {@link CitationKeys}.
 * In the index they are plain keywords ({@code url:<address>}, {@code title:<title>}), so one {@code terms} query
 * finds every article a set of citations may name; which of those a citation then names is decided by
 * {@link #against(MatchKeys)}, which knows how strong each kind of key is.
 *
 * <ul>
 * <li>{@code url}: {@link CitationKeys#normalizeUrl} without its {@code http://} or {@code https://}, because a
 * site that moved to https still serves the same article; addresses of other schemes give no key.
 * <li>{@code exactTitles}: the normalised title; for a citation also the title with its publication suffix
 * removed when the citation names that publication ({@code “How Utilities Lobby - The Civic Ledger”},
 * publication {@code The Civic Ledger}).
 * <li>{@code looseTitles}: the title without a trailing site-name part the text does not name as such
 * ({@code How Utilities Lobby | Civic Ledger}): only when that part is one to four words without digits and at
 * least three words remain, so {@code Storage - One Year After} or {@code Live - day 300} keep their titles.
 * </ul>
 * Titles of a single word give no key: {@code Introduction} or {@code Editorial} would match far too much.
 *
 * @param url         the address key, or null
 * @param exactTitles title keys as written (and, for a citation, without its named publication)
 * @param looseTitles title keys without an unnamed trailing site name
 */
record MatchKeys(String url, List<String> exactTitles, List<String> looseTitles) {

    static final String URL_PREFIX = "url:";
    static final String TITLE_PREFIX = "title:";

    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•]|::)\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final int MAX_SUFFIX_WORDS = 4;
    private static final int MIN_WORDS_LEFT = 3;

    MatchKeys {
        exactTitles = List.copyOf(exactTitles);
        looseTitles = List.copyOf(looseTitles);
    }

    /** How strongly a citation names an article, weakest first. */
    enum Strength { NONE, LOOSE_TITLE, TITLE, URL }

    /** The keys a stored article is found by: its address and its title. */
    static MatchKeys ofArticle(String url, String title) {
        Set<String> exact = new LinkedHashSet<>();
        addTitle(exact, CitationKeys.normalizeTitle(title));
        return new MatchKeys(urlKey(url), List.copyOf(exact), looseTitles(title, exact));
    }

    /** The keys a citation looks for: its address, its title, and its title without the publication. */
    static MatchKeys ofCitation(Citation citation) {
        if (citation == null) {
            return new MatchKeys(null, List.of(), List.of());
        }
        Set<String> exact = new LinkedHashSet<>();
        addTitle(exact, CitationKeys.normalizeTitle(citation.title()));
        addTitle(exact, CitationKeys.normalizeTitle(citation.title(), citation.publication()));
        return new MatchKeys(urlKey(citation.url()), List.copyOf(exact), looseTitles(citation.title(), exact));
    }

    /** How strongly these (a citation's) keys name the article with the given keys. */
    Strength against(MatchKeys article) {
        if (url != null && url.equals(article.url)) {
            return Strength.URL;
        }
        if (exactTitles.stream().anyMatch(article.exactTitles::contains)) {
            return Strength.TITLE;
        }
        Set<String> mine = new LinkedHashSet<>(exactTitles);
        mine.addAll(looseTitles);
        if (article.exactTitles.stream().anyMatch(mine::contains) || article.looseTitles.stream().anyMatch(mine::contains)) {
            return Strength.LOOSE_TITLE;
        }
        return Strength.NONE;
    }

    /** Every key as it is stored in the index, each once. */
    List<String> terms() {
        Set<String> terms = new LinkedHashSet<>();
        if (url != null) {
            terms.add(URL_PREFIX + url);
        }
        exactTitles.forEach(title -> terms.add(TITLE_PREFIX + title));
        looseTitles.forEach(title -> terms.add(TITLE_PREFIX + title));
        return List.copyOf(terms);
    }

    boolean isEmpty() {
        return url == null && exactTitles.isEmpty() && looseTitles.isEmpty();
    }

    private static String urlKey(String url) {
        String normalized = CitationKeys.normalizeUrl(url);
        if (normalized == null) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(normalized);
        if (!scheme.find() || normalized.length() == scheme.end()) {
            return null;
        }
        return normalized.substring(scheme.end());
    }

    private static void addTitle(Set<String> titles, String key) {
        if (key != null && key.indexOf(' ') > 0) {
            titles.add(key);
        }
    }

    private static List<String> looseTitles(String title, Set<String> exact) {
        if (title == null) {
            return List.of();
        }
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC).strip();
        Matcher separator = SUFFIX_SEPARATOR.matcher(text);
        int start = -1;
        int end = -1;
        while (separator.find()) {
            start = separator.start();
            end = separator.end();
        }
        if (start <= 0) {
            return List.of();
        }
        String suffix = CitationKeys.normalizeTitle(text.substring(end));
        String rest = CitationKeys.normalizeTitle(text.substring(0, start));
        if (suffix.isEmpty() || words(suffix) > MAX_SUFFIX_WORDS || DIGIT.matcher(suffix).find()
                || words(rest) < MIN_WORDS_LEFT || exact.contains(rest)) {
            return List.of();
        }
        return List.of(rest);
    }

    private static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
