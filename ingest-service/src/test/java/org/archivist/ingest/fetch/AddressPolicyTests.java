package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Addresses given as literals: no name is looked up and no connection is made. */
class AddressPolicyTests {

    private final AddressPolicy policy = new AddressPolicy(List.of(" Intranet.Example ", "127.0.0.2", "[::1]"));

    private static InetAddress at(String literal) throws UnknownHostException {
        // A literal is parsed, never looked up.
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254", "127.0.0.1",
            "127.0.0.2", "127.255.255.254", "169.254.169.254", "169.254.0.1", "172.16.0.1", "172.31.255.255",
            "192.0.0.8", "192.0.2.1", "192.168.1.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.251",
            "239.255.255.250", "240.0.0.1", "255.255.255.255"})
    void ipv4AddressesOffThePublicInternetAreRefused(String address) throws Exception {
        assertThat(AddressPolicy.forbidden(at(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.1.2.3",
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "2002:a9fe:a9fe::1", "2002:c0a8:0101::", "fc00::1",
            "fd12:3456:789a::1", "fe80::1", "febf::1", "fec0::1", "ff02::1", "2001:db8::1", "100::1", "::10.0.0.1"})
    void ipv6AddressesOffThePublicInternetAreRefusedEmbeddedIpv4Too(String address) throws Exception {
        assertThat(AddressPolicy.forbidden(at(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.167.255.255", "192.169.0.0", "169.253.255.255", "2606:4700::1111",
            "2a00:1450:4001::200e", "::ffff:93.184.215.14", "64:ff9b::808:808", "2002:0808:0808::1", "fbff::1",
            "fe7f::1"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(AddressPolicy.forbidden(at(address))).as(address).isEmpty();
    }

    @Test
    void cloudMetadataIsRefusedWithAReasonThatSaysWhatItIs() throws Exception {
        assertThat(policy.refusal("metadata.internal", at("169.254.169.254"))).hasValueSatisfying(why ->
                assertThat(why).isEqualTo("metadata.internal is at 169.254.169.254, link-local, where clouds serve "
                        + "instance metadata (169.254.0.0/16): not fetched (archivist.fetch.allowed-hosts lets a host "
                        + "through)"));
    }

    @Test
    void anEmbeddedAddressIsNamedAsSuch() throws Exception {
        assertThat(AddressPolicy.forbidden(at("64:ff9b::a9fe:a9fe"))).hasValue("NAT64 (64:ff9b::/96) of an IPv4 "
                + "address that is link-local, where clouds serve instance metadata (169.254.0.0/16)");
    }

    @Test
    void allowedHostsAreLetThroughByNameWhateverTheirAddress() throws Exception {
        assertThat(policy.refusal("intranet.example", at("10.1.2.3"))).isEmpty();
        assertThat(policy.refusal("INTRANET.example", at("192.168.0.5"))).isEmpty();
        assertThat(policy.refusal("127.0.0.2", at("127.0.0.2"))).isEmpty();
        assertThat(policy.refusal("[::1]", at("::1"))).isEmpty();
    }

    @Test
    void anAllowedHostDoesNotAllowAnotherNameForTheSameAddress() throws Exception {
        assertThat(policy.refusal("127.0.0.1", at("127.0.0.1"))).isPresent();
        assertThat(policy.refusal("evil.example", at("127.0.0.2"))).isPresent();
        assertThat(policy.refusal("sub.intranet.example", at("10.1.2.3"))).isPresent();
    }

    @Test
    void aPublicAddressNeedsNoPermission() throws Exception {
        assertThat(policy.refusal("example.org", at("93.184.215.14"))).isEmpty();
    }
}
