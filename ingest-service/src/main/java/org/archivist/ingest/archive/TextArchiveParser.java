package org.archivist.ingest.archive;

import java.util.List;

/** Plain-text archive pages; see ../shared/formats/archive-text.md. */
final class TextArchiveParser implements PageParser {

    @Override
    public ParsedPage parse(String page) {
        return new ParsedPage(null, List.of(), List.of());
    }
}
