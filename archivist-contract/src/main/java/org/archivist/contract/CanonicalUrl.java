package org.archivist.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The canonical form of an article's URL, part of the id contract (docs/ARCHITECTURE.md, Identity and versions):
 * ingest-service hashes it into the article id and {@link CitationKeys#normalizeUrl} starts from it, so one
 * address spelled two ways gets one id and one match key.
 *
 * <p>The rule: trimmed; scheme and host lower-cased; the default port ({@code :80} for http, {@code :443} for
 * https) and the {@code #fragment} removed; the tracking parameters {@code utm_*}, {@code fbclid}, {@code gclid},
 * {@code mc_cid} and {@code mc_eid} removed (names compared case-insensitively), the other parameters kept in their
 * order; a {@code ?} left with nothing after it dropped. Userinfo, path and the remaining parameters are kept
 * byte for byte: path case and percent-encoding are the site's business, and {@code /a} and {@code /a/} may be
 * different pages.
 *
 * <p>Changing this rule changes article ids: an article posted again after a change gets a new id and is stored
 * beside its old copy.
 */
public final class CanonicalUrl {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*)://");
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "mc_cid", "mc_eid");

    private CanonicalUrl() {
    }

    /**
     * The canonical form of {@code url}; null for null or blank input. Text without {@code scheme://} is not
     * taken apart: it is returned trimmed and without its fragment, or null if nothing is left ({@code "#top"}).
     */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Parts parts = parse(url);
        String canonical = parts != null ? parts.toString() : withoutFragment(url.strip());
        return canonical.isEmpty() ? null : canonical;
    }

    /**
     * {@code url} taken apart, already canonical in every piece; null for null or blank input and for text
     * without {@code scheme://}. For rules that compare more loosely than the id and so post-process the pieces.
     */
    public static Parts parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = withoutFragment(url.strip());
        var scheme = SCHEME.matcher(s);
        if (!scheme.find()) {
            return null;
        }
        int authorityStart = scheme.end();
        int authorityEnd = authorityStart;
        while (authorityEnd < s.length() && "/?".indexOf(s.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = s.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at) : null;
        String hostAndPort = authority.substring(at + 1);
        // An IPv6 literal holds colons of its own: its port can only follow the closing bracket.
        int bracket = hostAndPort.startsWith("[") ? hostAndPort.indexOf(']') : -1;
        int colon = bracket >= 0 ? hostAndPort.indexOf(':', bracket)
                : hostAndPort.startsWith("[") ? -1 : hostAndPort.lastIndexOf(':');
        String host = colon >= 0 ? hostAndPort.substring(0, colon) : hostAndPort;
        String port = colon >= 0 ? hostAndPort.substring(colon + 1) : null;
        String lowerScheme = scheme.group(1).toLowerCase(Locale.ROOT);
        if (port != null && (port.isEmpty() || port.equals(defaultPort(lowerScheme)))) {
            port = null; // RFC 3986 §3.2.3: an empty port means the default one too
        }
        String rest = s.substring(authorityEnd);
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        List<String> parameters = question >= 0 ? parameters(rest.substring(question + 1)) : List.of();
        return new Parts(lowerScheme, userInfo, lowerCase(host), port, path, parameters)
                .withoutParameters(CanonicalUrl::isTracking);
    }

    /** {@code utm_*} and the click ids of the id rule; CitationKeys drops more, for matching only. */
    private static boolean isTracking(String parameterName) {
        String name = parameterName.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }

    private static String defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> "80";
            case "https" -> "443";
            default -> null;
        };
    }

    /** The non-empty {@code &}-separated pieces: {@code ?&a=1&&b} has the parameters {@code a=1} and {@code b}. */
    private static List<String> parameters(String query) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty()) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    /** Lower case outside {@code %XX} escapes, which stay as written. */
    private static String lowerCase(String host) {
        if (host.indexOf('%') < 0) {
            return host.toLowerCase(Locale.ROOT);
        }
        StringBuilder lower = new StringBuilder(host.length());
        int i = 0;
        while (i < host.length()) {
            int end = host.charAt(i) == '%' ? Math.min(i + 3, host.length()) : nextPercent(host, i);
            String piece = host.substring(i, end);
            lower.append(host.charAt(i) == '%' ? piece : piece.toLowerCase(Locale.ROOT));
            i = end;
        }
        return lower.toString();
    }

    private static int nextPercent(String text, int from) {
        int percent = text.indexOf('%', from);
        return percent < 0 ? text.length() : percent;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * A {@code scheme://} address in pieces; {@link #toString()} puts them back together.
     *
     * @param scheme     lower case
     * @param userInfo   what stood before {@code @} in the authority, or null when there was no {@code @}
     * @param host       lower case (outside {@code %XX} escapes); an IPv6 literal keeps its brackets
     * @param port       the port as written, or null when absent or the scheme's default
     * @param path       as written, possibly empty
     * @param parameters the query's non-empty {@code &}-separated pieces in order, as written
     */
    public record Parts(String scheme, String userInfo, String host, String port, String path,
            List<String> parameters) {

        public Parts {
            parameters = List.copyOf(parameters);
        }

        /** The name of a parameter: what stands before its first {@code =}, or all of it. */
        public static String name(String parameter) {
            int eq = parameter.indexOf('=');
            return eq >= 0 ? parameter.substring(0, eq) : parameter;
        }

        public Parts withHost(String newHost) {
            return new Parts(scheme, userInfo, newHost, port, path, parameters);
        }

        public Parts withPath(String newPath) {
            return new Parts(scheme, userInfo, host, port, newPath, parameters);
        }

        /** These parts without the parameters whose {@link #name(String) name} {@code drop} accepts. */
        public Parts withoutParameters(Predicate<String> drop) {
            return new Parts(scheme, userInfo, host, port, path,
                    parameters.stream().filter(parameter -> !drop.test(name(parameter))).toList());
        }

        /** The address: {@code scheme://[userInfo@]host[:port]path[?parameters]}. */
        @Override
        public String toString() {
            return scheme + "://" + (userInfo != null ? userInfo + "@" : "") + host + (port != null ? ":" + port : "")
                    + path + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        }
    }
}
