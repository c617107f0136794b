package org.archivist.enrich.article;

import java.util.List;

/** A posted article that cannot be previewed: it lacks what enrichment reads. */
class InvalidPreviewException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidPreviewException(List<FieldProblem> problems) {
        super("The article cannot be previewed: " + String.join("; ",
                problems.stream().map(p -> p.field() + " " + p.message()).toList()) + ".");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
