package org.archivist.query.export;

/**
 * Elasticsearch failed after an export's answer had begun: its status and first pages are already sent, so no
 * problem can be answered any more. It reaches the servlet container unhandled, which then closes the connection
 * without ending the answer, so the client sees an incomplete download rather than a clean, shorter one.
 */
class ExportInterruptedException extends RuntimeException {

    ExportInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
