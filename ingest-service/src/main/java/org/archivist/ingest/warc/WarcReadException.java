package org.archivist.ingest.warc;

/**
 * A WARC file that breaks off or stops making sense: truncated, corrupt, or not a WARC file at all. Says how many
 * records were read before the break and the byte offset (in the file as sent, compressed or not) of the record it
 * broke in.
 */
public class WarcReadException extends RuntimeException {

    private final long recordsRead;
    private final long byteOffset;

    WarcReadException(long recordsRead, long byteOffset, Throwable cause) {
        super("The WARC file breaks off or is corrupt after " + recordsRead + " record(s), in the record at byte "
                + byteOffset + ": " + describe(cause), cause);
        this.recordsRead = recordsRead;
        this.byteOffset = byteOffset;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public long recordsRead() {
        return recordsRead;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
