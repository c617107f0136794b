package org.archivist.ingest.archive;

import java.util.List;

/** HTML pages: WordPress archives and single articles. */
final class HtmlPageParser implements PageParser {

    @Override
    public ParsedPage parse(String page) {
        return new ParsedPage(null, List.of(), List.of());
    }
}
