package org.archivist.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP edge ({@code archivist.security.*}), the same in every service; docs/SECURITY.md
 * explains them. Invalid settings stop the service at startup with the setting's name.
 *
 * @param publicRead     whether reads (search, articles) are open to callers without a key; the web page's own
 *                       files always are
 * @param keys           the API keys, each a name, a role and the SHA-256 of the key (never the key itself)
 * @param maxBodySize    the largest request body accepted; larger ones get 413
 * @param maxBodySizeByType larger (or smaller) limits for bodies of one media type, e.g. ingest's
 *                       {@code application/warc: 1GB}, for endpoints that stream such bodies rather than hold them
 * @param writes         each key's budget of state-changing requests; over it, 429 with {@code Retry-After};
 *                       500 requests, refilled over 5 s (100 a second) unless set
 * @param failedAttempts each client address's budget of requests with an unknown key; over it, 429; 10 a minute
 *                       unless set
 * @param cors           cross-origin access; none unless origins are listed
 */
@ConfigurationProperties("archivist.security")
public record SecuritySettings(
        @DefaultValue("true") boolean publicRead,
        @DefaultValue List<Key> keys,
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue Map<String, DataSize> maxBodySizeByType,
        Budget writes,
        Budget failedAttempts,
        @DefaultValue Cors cors) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public SecuritySettings {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            String at = "archivist.security.keys[" + i + "]";
            if (key.name() == null || key.name().isBlank()) {
                throw new IllegalArgumentException(at + ".name must be set");
            }
            if (key.role() == null) {
                throw new IllegalArgumentException(at + ".role must be one of reader, writer, admin");
            }
            if (key.sha256() == null || !SHA256_HEX.matcher(key.sha256()).matches()) {
                throw new IllegalArgumentException(at + ".sha256 must be the 64 lower-case hex digits of the key's"
                        + " SHA-256 (printf '%s' \"$key\" | sha256sum), not the key itself");
            }
            if (!names.add(key.name())) {
                throw new IllegalArgumentException(at + ".name '" + key.name() + "' is used by another key");
            }
        }
        keys = List.copyOf(keys);
        writes = (writes != null ? writes : new Budget(null, null)).orDefaults("writes", 500, Duration.ofSeconds(5));
        failedAttempts = (failedAttempts != null ? failedAttempts : new Budget(null, null))
                .orDefaults("failed-attempts", 10, Duration.ofMinutes(1));
        if (maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("archivist.security.max-body-size must be positive");
        }
        Map<String, DataSize> byType = new TreeMap<>();
        maxBodySizeByType.forEach((type, size) -> {
            if (size == null || size.toBytes() < 1) {
                throw new IllegalArgumentException("archivist.security.max-body-size-by-type[" + type
                        + "] must be positive");
            }
            byType.put(type.toLowerCase(Locale.ROOT), size);
        });
        maxBodySizeByType = Collections.unmodifiableMap(byType);
    }

    /**
     * One API key as configured.
     *
     * @param name   who holds it; appears in the audit log and in problem details
     * @param role   what it may do
     * @param sha256 the lower-case hex SHA-256 of the key's UTF-8 bytes
     */
    public record Key(String name, Role role, String sha256) {
    }

    /**
     * A token bucket: up to {@code requests} at once, refilled evenly over {@code per}. Either may be left out
     * of the settings; it then keeps its default.
     *
     * @param requests how many requests the full bucket holds
     * @param per      how long the bucket takes to refill from empty
     */
    public record Budget(Integer requests, Duration per) {

        Budget orDefaults(String name, int defaultRequests, Duration defaultPer) {
            Budget budget = new Budget(requests != null ? requests : defaultRequests, per != null ? per : defaultPer);
            if (budget.requests() < 1 || budget.per().isNegative() || budget.per().isZero()) {
                throw new IllegalArgumentException("archivist.security." + name + " needs at least 1 request per"
                        + " positive duration, was " + budget.requests() + " per " + budget.per());
            }
            return budget;
        }
    }

    /** @param allowedOrigins origins (such as {@code https://intranet.example}) whose pages may call this service */
    public record Cors(@DefaultValue List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }
}
