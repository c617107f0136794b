/**
 * Fetching content from where it lives (URLs, feeds, sitemaps) without becoming a way into the operator's network:
 * {@link org.archivist.ingest.fetch.AddressPolicy} decides which addresses a fetch may connect to.
 */
package org.archivist.ingest.fetch;
