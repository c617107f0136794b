/**
 * Turning pages into articles: plain-text archive pages ({@link org.archivist.ingest.archive.TextArchiveParser})
 * and HTML pages ({@link org.archivist.ingest.archive.HtmlPageParser}). An HTML page is a listing when
 * {@link org.archivist.ingest.archive.ListingDetector} finds at least two posts in its main content (explicit
 * post markup, same-shape sibling records with a title and their own text, or dated heading sections) and no
 * single dominant article body; each post is then read by {@link org.archivist.ingest.archive.PostReader}, with
 * teasers marked as excerpts and the next page from {@link org.archivist.ingest.archive.Pagination}. Any other
 * page is one article, its body found by {@link org.archivist.ingest.archive.MainContentExtractor}. Pure Java,
 * no Spring types apart from the HTTP adapter {@code ArchiveController}, which calls
 * {@link org.archivist.ingest.archive.ArchivePageParser}.
 */
package org.archivist.ingest.archive;
