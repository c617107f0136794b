package org.archivist.ingest.fetch;

import java.io.IOException;

/** A fetched body, as sent or once decoded, is larger than the fetch allows; nothing of it is kept. */
public class FetchedBodyTooLargeException extends IOException {

    private final long limitBytes;

    public FetchedBodyTooLargeException(long limitBytes) {
        this(limitBytes, "The fetched body");
    }

    FetchedBodyTooLargeException(long limitBytes, String what) {
        super(what + " is larger than the limit of " + limitBytes + " bytes.");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
