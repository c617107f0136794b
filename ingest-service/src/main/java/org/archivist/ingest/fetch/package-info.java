/**
 * Fetching content from where it lives (URLs, feeds, sitemaps) without becoming a way into the operator's network or
 * a burden on the sites fetched: {@link org.archivist.ingest.fetch.AddressPolicy} decides which addresses a fetch may
 * connect to, {@link org.archivist.ingest.fetch.ContentDecoding} reads a body within a byte limit and undoes its
 * {@code Content-Encoding}, {@link org.archivist.ingest.fetch.HostPacer} spaces requests to each host, and
 * {@link org.archivist.ingest.fetch.RetryAfter} reads how long a server asks to be left alone.
 */
package org.archivist.ingest.fetch;
