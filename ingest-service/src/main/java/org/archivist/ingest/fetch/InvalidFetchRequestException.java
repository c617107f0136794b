package org.archivist.ingest.fetch;

import java.util.List;

import org.archivist.ingest.article.FieldProblem;

/** A fetch request that cannot run, with what is wrong field by field (400, {@code errors}). */
public final class InvalidFetchRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFetchRequestException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? "Invalid field " + problems.getFirst().field() + ": "
                + problems.getFirst().message() : problems.size() + " invalid fields, first "
                + problems.getFirst().field() + ": " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
