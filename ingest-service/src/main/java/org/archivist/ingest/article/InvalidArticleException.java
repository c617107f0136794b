package org.archivist.ingest.article;

import java.util.List;

/** The posted articles break the contract; answered with 400 naming each field. */
public class InvalidArticleException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidArticleException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? "Invalid field " + problems.getFirst().field() + ": " + problems.getFirst().message()
                : problems.size() + " invalid fields, first " + problems.getFirst().field() + ": "
                        + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
