package org.archivist.contract;

import java.util.List;

/**
 * A category of an article. {@code origin} is {@code source} (from the page's own categories) or
 * {@code inferred} (from the text, with an IPTC Media Topic code such as {@code medtop:16000000}).
 * {@code evidence} lists the terms or features that drove an inferred category.
 */
public record Category(String code, String label, double score, String origin, List<String> evidence) {

    public static final String ORIGIN_SOURCE = "source";
    public static final String ORIGIN_INFERRED = "inferred";

    public Category {
        evidence = Article.copy(evidence);
    }
}
