package org.archivist.enrich.article;

/** A field of a preview request that is missing or wrong, for the {@code errors} list of a 400 problem. */
record FieldProblem(String field, String message) {
}
