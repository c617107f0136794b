package org.archivist.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured keys, looked up by the key a client presents. Only SHA-256 hashes are held; the presented
 * key is hashed and compared with every configured hash in constant time, so neither the time taken nor an
 * early exit tells a caller how close a guess came or which key it nearly matched.
 */
public final class ApiKeys {

    /** A known key's holder and role. */
    public record Holder(String name, Role role) {
    }

    private record Entry(byte[] hash, Holder holder) {
    }

    private final List<Entry> entries;

    public ApiKeys(List<SecuritySettings.Key> keys) {
        this.entries = keys.stream()
                .map(key -> new Entry(HexFormat.of().parseHex(key.sha256()), new Holder(key.name(), key.role())))
                .toList();
    }

    /** Who holds {@code presented}, if it is a configured key. */
    public Optional<Holder> find(String presented) {
        byte[] hash = sha256(presented);
        Holder found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
                found = entry.holder();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The lower-case hex SHA-256 of a key, as {@code archivist.security.keys[i].sha256} wants it. */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
