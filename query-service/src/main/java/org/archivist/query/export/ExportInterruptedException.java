package org.archivist.query.export;

/**
 * Elasticsearch failed after an export's answer had begun: its status and first pages are already sent, so no
 * problem can be answered any more. It reaches the servlet container unhandled, which then closes the connection
 * without ending the answer, so the client sees an incomplete download rather than a clean, shorter one. It names
 * the failure in its message but carries neither the failure as its cause (the handler of unreachable Elasticsearch
 * would take it for its own and try to answer 503) nor a stack trace (the container logs it, and the place is
 * always the same).
 */
class ExportInterruptedException extends RuntimeException {

    ExportInterruptedException(String message) {
        super(message, null, false, false);
    }
}
