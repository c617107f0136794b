package org.archivist.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A host whose every address the {@link AddressPolicy} refuses. It is an {@link UnknownHostException} because it is
 * thrown where the HTTP client resolves a host, which may throw only that; to the client the host has no address.
 */
public final class AddressRefusedException extends UnknownHostException {

    public AddressRefusedException(String reason) {
        super(reason);
    }
}
