package org.archivist.ingest.archive;

/** The page was read but holds no article; answered with 422 saying what was found instead. */
public class NoArticleFoundException extends RuntimeException {

    private final ParsedPage page;

    public NoArticleFoundException(String message, ParsedPage page) {
        super(message);
        this.page = page;
    }

    public ParsedPage page() {
        return page;
    }
}
