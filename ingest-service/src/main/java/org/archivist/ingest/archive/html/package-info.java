/**
 * HTML pages. An HTML page is a listing when {@link org.archivist.ingest.archive.html.ListingDetector} finds at
 * least two posts in its main content (explicit post markup, same-shape sibling records with a title and their own
 * text, or dated heading sections) and no single dominant article body; each post is then read by
 * {@link org.archivist.ingest.archive.html.PostReader}, with teasers marked as excerpts and the next page from
 * {@link org.archivist.ingest.archive.html.Pagination}. Any other page is one article: its body is found by
 * {@link org.archivist.ingest.archive.html.ArticleBodyExtractor} (content roots by
 * {@link org.archivist.ingest.archive.html.MainContentExtractor}, retried with structural chrome only when class
 * names hid the body) and its metadata by {@link org.archivist.ingest.archive.html.HtmlArticleMetadata}. Every pass
 * over the tree is iterative and linear in the page's size.
 */
package org.archivist.ingest.archive.html;
