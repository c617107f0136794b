package org.archivist.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.archivist.contract.Footnote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The input rules of an article draft, as a client meets them in a 400's {@code errors}. */
class ArticleDraftValidatorTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final ArticleDraftValidator validator = new ArticleDraftValidator(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static ArticleDraft draft(String title, List<String> paragraphs) {
        return new ArticleDraft(title, null, null, null, null, null, paragraphs, null, null, null, null, null, null, null);
    }

    @Test
    void aTitleAndOneParagraphAreEnough() {
        assertThat(validator.problems(draft("T", List.of("p")), "")).isEmpty();
    }

    @Test
    void namesMissingTitleThenParagraphsInDeclarationOrder() {
        assertThat(validator.problems(draft(" ", List.of(" ", "")), "[3]."))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("[3].title", "is required"),
                        tuple("[3].paragraphs", "needs at least one non-blank paragraph"));
    }

    @Test
    void missingParagraphsAreAProblemToo() {
        assertThat(validator.problems(draft("T", null), "")).extracting(FieldProblem::field).containsExactly("paragraphs");
    }

    @Test
    void namesEachBadFootnoteByItsIndex() {
        ArticleDraft draft = new ArticleDraft("T", null, null, null, null, null, List.of("p"),
                List.of(new Footnote(1, "ok"), new Footnote(0, "no number"), new Footnote(2, " ")), null, null, null,
                null, null, null);

        assertThat(validator.problems(draft, "")).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("footnotes[1]", "needs a number of 1 or more and a non-blank text"),
                        tuple("footnotes[2]", "needs a number of 1 or more and a non-blank text"));
    }

    @Test
    void rejectsANegativeViewCount() {
        ArticleDraft draft = new ArticleDraft("T", null, null, null, null, null, List.of("p"), null, null, -1L, null,
                null, null, null);

        assertThat(validator.problems(draft, "")).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("viewCount", "must not be negative"));
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrlsAndNoUrlAtAll() {
        for (String good : Arrays.asList(null, "", "https://example.com/a", "HTTP://Example.com:8080/b?c=1")) {
            assertThat(validator.problems(withUrl(good), "")).as(good).isEmpty();
        }
        for (String bad : List.of("notaurl", "/2020/10/post", "ftp://example.com/a", "https:///a", "mailto:a@b.c")) {
            assertThat(validator.problems(withUrl(bad), "")).as(bad).extracting(FieldProblem::message)
                    .containsExactly(AbsoluteUrl.MESSAGE);
        }
    }

    @Test
    void nullListEntriesAreDroppedNotReported() {
        ArticleDraft draft = new ArticleDraft("T", Arrays.asList("Ana", null), null, null, null, null,
                Arrays.asList(null, "p"), Arrays.asList((Footnote) null), null, null, null, null, null, null);

        assertThat(validator.problems(draft, "")).isEmpty();
        assertThat(draft.authors()).containsExactly("Ana");
        assertThat(draft.footnotes()).isEmpty();
    }

    private static ArticleDraft withUrl(String url) {
        return new ArticleDraft("T", null, null, url, null, null, List.of("p"), null, null, null, null, null, null, null);
    }
}
