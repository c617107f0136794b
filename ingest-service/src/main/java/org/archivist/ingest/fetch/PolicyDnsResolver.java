package org.archivist.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a host and keeps only the addresses the {@link AddressPolicy} allows. The HTTP client connects to exactly
 * the addresses returned here (for an address literal too), so the check is on the address connected to, not on a
 * second lookup that DNS could answer differently (DNS rebinding).
 */
final class PolicyDnsResolver implements DnsResolver {

    private final AddressPolicy policy;
    private final DnsResolver system = SystemDefaultDnsResolver.INSTANCE;

    PolicyDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        List<InetAddress> allowed = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress address : system.resolve(host)) {
            Optional<String> refusal = policy.refusal(host, address);
            if (refusal.isEmpty()) {
                allowed.add(address);
            } else if (firstRefusal == null) {
                firstRefusal = refusal.get();
            }
        }
        if (allowed.isEmpty()) {
            throw new AddressRefusedException(firstRefusal != null ? firstRefusal : host + " has no address");
        }
        return allowed.toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return system.resolveCanonicalHostname(host);
    }
}
