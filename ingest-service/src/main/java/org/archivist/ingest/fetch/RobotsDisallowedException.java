package org.archivist.ingest.fetch;

/**
 * A URL its site's robots.txt keeps this crawler from. Not fetched like any failure, but the job lists it as skipped:
 * the site asked, nothing went wrong.
 */
public final class RobotsDisallowedException extends FetchFailedException {

    public RobotsDisallowedException(String url, String reason) {
        super(url, 0, reason);
    }
}
