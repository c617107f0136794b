/**
 * Plain-text archive pages: lines split into posts at their titles and
 * WordPress footers ({@link org.archivist.ingest.archive.text.TextPage}, {@link org.archivist.ingest.archive.text.FooterParser}),
 * bylines and dates read from text lines in the languages of {@code MonthNames}
 * ({@link org.archivist.ingest.archive.text.BylineParser}, which the HTML parser uses for bylines written as text too).
 */
package org.archivist.ingest.archive.text;
