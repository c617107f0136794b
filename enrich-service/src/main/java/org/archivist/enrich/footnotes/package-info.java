/**
 * Footnotes: markers in the text linked to their notes ({@link org.archivist.enrich.footnotes.FootnoteLinker})
 * and each note's citation parsed into fields ({@link org.archivist.enrich.footnotes.CitationParser}).
 * Pure Java, no Spring types.
 */
package org.archivist.enrich.footnotes;
