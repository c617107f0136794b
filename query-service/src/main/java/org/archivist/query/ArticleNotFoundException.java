package org.archivist.query;

/** No stored article has this id; answered with 404. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("No article with id '" + id + "' is stored.");
    }
}
