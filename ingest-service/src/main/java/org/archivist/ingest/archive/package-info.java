/**
 * Turning pages into articles: plain-text archive pages ({@link org.archivist.ingest.archive.TextArchiveParser})
 * and HTML pages, both WordPress archives and single articles from any site
 * ({@link org.archivist.ingest.archive.HtmlPageParser}). Pure Java, no Spring types: the HTTP adapter
 * lives in the ingest package and calls {@link org.archivist.ingest.archive.ArchivePageParser}.
 */
package org.archivist.ingest.archive;
