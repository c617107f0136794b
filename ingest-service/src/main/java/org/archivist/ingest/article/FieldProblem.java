package org.archivist.ingest.article;

/** A field of a request that is missing or wrong, for the {@code errors} list of a 400 problem. */
public record FieldProblem(String field, String message) {
}
