package org.archivist.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.archivist.contract.CanonicalUrl;

/**
 * The id rule of docs/ARCHITECTURE.md (Identity and versions): the first 32 hex characters of SHA-256 over the
 * article's canonical URL ({@link CanonicalUrl}: trimmed, scheme and host lower-cased, default port, fragment and
 * tracking parameters removed) when it has one, else over {@code source + "\n" + normalizedTitle}. The canonical
 * URL is the key so that a link shared with {@code ?utm_source=…} or {@code #comments} names the same article.
 */
public final class ArticleIdentity {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleIdentity() {
    }

    public static String idFor(String url, String source, String title) {
        String canonicalUrl = CanonicalUrl.of(url);
        String key = canonicalUrl != null ? canonicalUrl : source + "\n" + normalizeTitle(title);
        return sha256Hex(key).substring(0, 32);
    }

    /** NFKC, whitespace runs collapsed to one space, trimmed, lower-cased with {@link Locale#ROOT}. */
    static String normalizeTitle(String title) {
        String nfkc = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(nfkc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
