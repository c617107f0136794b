package org.archivist.ingest.article;

import java.net.URI;
import java.util.List;

import org.archivist.contract.CanonicalUrl;

/**
 * The check on a URL a client gives, an article's {@code url} or the page {@code url} of an archive: the URL is
 * the key of the article's id ({@link ArticleIdentity}), so text that is no address ({@code "notaurl"}) would give
 * every article posted with it one id. Blank counts as absent: the id then comes from source and title.
 */
public final class AbsoluteUrl {

    static final String MESSAGE = "must be an absolute http or https address, like https://example.com/post";

    private static final int MAX_PORT = 65_535;

    private AbsoluteUrl() {
    }

    /**
     * {@code url} made absolute against {@code pageUrl}, the address of the page it was found on, as a browser would
     * follow the link; as given when it is absolute already, when there is no page address, or when it does not
     * parse.
     */
    public static String resolve(String pageUrl, String url) {
        if (url == null || url.isBlank() || pageUrl == null || pageUrl.isBlank() || url.startsWith("http://")
                || url.startsWith("https://")) {
            return url;
        }
        if (url.startsWith("?")) {
            // URI.resolve follows RFC 2396 here and would drop the page's last path segment.
            return pageUrl.strip().replaceFirst("[?#].*$", "") + url;
        }
        try {
            return URI.create(pageUrl.strip()).resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Throws {@link InvalidArticleException} naming {@code field} when {@code url} is given but not acceptable. */
    public static void require(String field, String url) {
        FieldProblem problem = problem(field, url);
        if (problem != null) {
            throw new InvalidArticleException(List.of(problem));
        }
    }

    /** The problem of {@code url} as the value of {@code field}; null when it is blank or acceptable. */
    static FieldProblem problem(String field, String url) {
        return url == null || url.isBlank() || isAbsoluteHttp(url) ? null : new FieldProblem(field, MESSAGE);
    }

    /** {@code http://} or {@code https://} (any case), a host, and a port of 0 to 65535 if there is one. */
    static boolean isAbsoluteHttp(String url) {
        CanonicalUrl.Parts parts = CanonicalUrl.parse(url);
        return parts != null && (parts.scheme().equals("http") || parts.scheme().equals("https"))
                && isHost(parts.host()) && (parts.port() == null || isPort(parts.port()));
    }

    /** A name or address: no spaces, controls or characters that cannot stand in a host; brackets only around IPv6. */
    private static boolean isHost(String host) {
        if (host.startsWith("[")) {
            return host.length() > 2 && host.endsWith("]") && host.substring(1, host.length() - 1).chars()
                    .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        return !host.isEmpty() && host.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c) || "<>\"{}|\\^`[]".indexOf(c) >= 0);
    }

    private static boolean isPort(String port) {
        return port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(port) <= MAX_PORT;
    }
}
