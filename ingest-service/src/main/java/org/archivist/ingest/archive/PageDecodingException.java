package org.archivist.ingest.archive;

/** The posted page cannot be read as text; answered with 400. {@code byteOffset} is -1 when no offset applies. */
public class PageDecodingException extends RuntimeException {

    private final long byteOffset;

    public PageDecodingException(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
