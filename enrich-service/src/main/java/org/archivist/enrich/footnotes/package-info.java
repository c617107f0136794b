/**
 * Footnotes: markers in an article's paragraphs linked to its numbered notes
 * ({@link org.archivist.enrich.footnotes.FootnoteLinker}), each note's citation parsed into fields
 * ({@link org.archivist.enrich.footnotes.CitationParser}); query-service later matches each citation to a stored
 * article by URL or title with {@link org.archivist.contract.CitationKeys}. Plain Java, no Spring types;
 * every class is stateless and thread-safe. The marker rules and measured quality are in docs/QUALITY.md.
 */
package org.archivist.enrich.footnotes;
