package org.archivist.ingest.article;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Checks client drafts with Bean Validation and names each problem by its JSON path ({@code [1].title},
 * {@code footnotes[0]}), in the order the fields are declared, so that a client reads them top to bottom.
 */
public final class ArticleDraftValidator {

    private static final List<String> FIELD_ORDER = Arrays.stream(ArticleDraft.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final Validator validator;

    public ArticleDraftValidator(Validator validator) {
        this.validator = validator;
    }

    /** The problems of {@code draft}, each field named under {@code prefix} (e.g. {@code "[2]."}); empty when valid. */
    public List<FieldProblem> problems(ArticleDraft draft, String prefix) {
        List<ConstraintViolation<ArticleDraft>> violations = new ArrayList<>(validator.validate(draft));
        violations.sort(Comparator.comparingInt((ConstraintViolation<ArticleDraft> v) -> order(v.getPropertyPath()))
                .thenComparing(v -> v.getPropertyPath().toString()));
        return violations.stream().map(v -> new FieldProblem(prefix + field(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    private static int order(Path path) {
        String first = path.iterator().next().getName();
        int index = FIELD_ORDER.indexOf(first);
        return index < 0 ? FIELD_ORDER.size() : index;
    }

    /** {@code footnotes[1].<list element>} as a client knows it: {@code footnotes[1]}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
