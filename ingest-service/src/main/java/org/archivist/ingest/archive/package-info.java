/**
 * Turning a posted page into article drafts, whatever its kind: {@link org.archivist.ingest.archive.ArchivePageParser}
 * picks the parser for the page's media type ({@code html} for HTML, {@code text} for plain-text archive pages),
 * {@link org.archivist.ingest.archive.PageDecoder} turns the bytes into text first (strictly for a posted page,
 * leniently for a fetched one), and every parser answers with a {@link org.archivist.ingest.archive.ParsedPage}: the
 * articles, the page's category, the next page of a listing, and what it skipped, so that nothing disappears silently.
 * Pure Java, no Spring types; the HTTP adapter lives in {@code org.archivist.ingest.web}.
 */
package org.archivist.ingest.archive;
