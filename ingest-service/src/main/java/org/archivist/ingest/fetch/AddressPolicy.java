package org.archivist.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a fetch may connect to. A service that fetches URLs for its users must not become a way into their
 * network (server-side request forgery), so by default it refuses every address that is not on the public internet:
 * loopback, private (RFC 1918), carrier-grade NAT, link-local (169.254.0.0/16, where clouds serve instance metadata),
 * multicast, reserved and documentation ranges, and their IPv6 equivalents, including IPv6 forms that embed an IPv4
 * address (mapped, NAT64, 6to4). Hosts named in {@code archivist.fetch.allowed-hosts} are let through, for intranet
 * sites and tests. The check is on the address actually connected to, on every redirect hop, never on a second DNS
 * lookup, which could answer differently.
 */
public final class AddressPolicy {

    /** An IPv4 range: the first address and the prefix length. */
    private record Range4(int first, int prefix, String why) {

        boolean contains(int address) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (address & mask) == (first & mask);
        }
    }

    private static final List<Range4> FORBIDDEN_4 = List.of(
            range("0.0.0.0", 8, "'this network' (0.0.0.0/8)"),
            range("10.0.0.0", 8, "private (10.0.0.0/8)"),
            range("100.64.0.0", 10, "carrier-grade NAT (100.64.0.0/10)"),
            range("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            range("169.254.0.0", 16, "link-local, where clouds serve instance metadata (169.254.0.0/16)"),
            range("172.16.0.0", 12, "private (172.16.0.0/12)"),
            range("192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)"),
            range("192.0.2.0", 24, "documentation (192.0.2.0/24)"),
            range("192.88.99.0", 24, "6to4 relay anycast (192.88.99.0/24)"),
            range("192.168.0.0", 16, "private (192.168.0.0/16)"),
            range("198.18.0.0", 15, "benchmarking (198.18.0.0/15)"),
            range("198.51.100.0", 24, "documentation (198.51.100.0/24)"),
            range("203.0.113.0", 24, "documentation (203.0.113.0/24)"),
            range("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            range("240.0.0.0", 4, "reserved or broadcast (240.0.0.0/4)"));

    private final Set<String> allowedHosts;

    /** @param allowedHosts host names (or address literals) let through whatever their address; case does not matter */
    public AddressPolicy(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(AddressPolicy::key).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Why connecting to {@code address}, which {@code host} resolved to, is refused; empty when it is allowed.
     *
     * @param host the host of the URL as written (a name or an address literal)
     */
    public Optional<String> refusal(String host, InetAddress address) {
        if (host != null && allowedHosts.contains(key(host))) {
            return Optional.empty();
        }
        return forbidden(address).map(why -> host + " is at " + address.getHostAddress() + ", " + why
                + ": not fetched (archivist.fetch.allowed-hosts lets a host through)");
    }

    /** The kind of address that is not on the public internet, or empty for a public one. */
    static Optional<String> forbidden(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return forbidden4(toInt(v4.getAddress()));
        }
        if (address instanceof Inet6Address v6) {
            return forbidden6(v6.getAddress());
        }
        return Optional.of("an address of unknown kind");
    }

    private static Optional<String> forbidden4(int address) {
        return FORBIDDEN_4.stream().filter(range -> range.contains(address)).map(Range4::why).findFirst();
    }

    private static Optional<String> forbidden6(byte[] a) {
        if (allZero(a, 0, 15)) {
            // ::/128 (unspecified) and ::1 (loopback); ::a.b.c.d, the deprecated IPv4-compatible form, is no better.
            return Optional.of(a[15] == 1 ? "loopback (::1)" : "unspecified or IPv4-compatible (::/96)");
        }
        if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return embedded(a, 12, "IPv4-mapped (::ffff:0:0/96)");
        }
        if (allZero(a, 0, 12)) {
            return Optional.of("IPv4-compatible (::/96)");
        }
        int first = (a[0] & 0xff) << 8 | a[1] & 0xff;
        if (first == 0x0064 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && allZero(a, 4, 12)) {
            return embedded(a, 12, "NAT64 (64:ff9b::/96)");
        }
        if (first == 0x2002) {
            return embedded(a, 2, "6to4 (2002::/16)");
        }
        if ((first & 0xfe00) == 0xfc00) {
            return Optional.of("unique local (fc00::/7)");
        }
        if ((first & 0xffc0) == 0xfe80) {
            return Optional.of("link-local (fe80::/10)");
        }
        if ((first & 0xffc0) == 0xfec0) {
            return Optional.of("site-local (fec0::/10)");
        }
        if ((first & 0xff00) == 0xff00) {
            return Optional.of("multicast (ff00::/8)");
        }
        if (first == 0x2001 && ((a[2] & 0xff) << 8 | a[3] & 0xff) == 0x0db8) {
            return Optional.of("documentation (2001:db8::/32)");
        }
        if (first == 0x0100 && allZero(a, 2, 8)) {
            return Optional.of("discard-only (100::/64)");
        }
        return Optional.empty();
    }

    /** An IPv6 address that carries an IPv4 one at {@code offset}: refused when that one is. */
    private static Optional<String> embedded(byte[] a, int offset, String form) {
        int v4 = toInt(new byte[] {a[offset], a[offset + 1], a[offset + 2], a[offset + 3]});
        return forbidden4(v4).map(why -> form + " of an IPv4 address that is " + why);
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(byte[] v4) {
        return (v4[0] & 0xff) << 24 | (v4[1] & 0xff) << 16 | (v4[2] & 0xff) << 8 | v4[3] & 0xff;
    }

    /** A host as compared: lower case, an IPv6 literal without its brackets. */
    private static String key(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static Range4 range(String first, int prefix, String why) {
        try {
            return new Range4(toInt(InetAddress.getByName(first).getAddress()), prefix, why);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(first, e);
        }
    }
}
