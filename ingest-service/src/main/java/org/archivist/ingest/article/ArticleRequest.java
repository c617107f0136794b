package org.archivist.ingest.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Footnote;

/**
 * One Article-shaped JSON object as a client posts it. The server fills id, content hash, schema
 * version and ingest time; values the client sends for those are ignored.
 */
record ArticleRequest(
        String source,
        String url,
        String title,
        List<String> authors,
        LocalDate publishedAt,
        List<String> sourceCategories,
        List<String> tags,
        List<String> paragraphs,
        List<Footnote> footnotes,
        List<String> media,
        Long viewCount,
        String archiveCategory,
        String language,
        Boolean excerpt) {

    /** The problems of this request, each naming its field under {@code prefix}; empty when valid. */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem urlProblem = AbsoluteUrl.problem(prefix + "url", url);
        if (urlProblem != null) {
            problems.add(urlProblem);
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem(prefix + "title", "is required"));
        }
        if (paragraphs == null || paragraphs.stream().allMatch(p -> p == null || p.isBlank())) {
            problems.add(new FieldProblem(prefix + "paragraphs", "needs at least one non-blank paragraph"));
        }
        if (viewCount != null && viewCount < 0) {
            problems.add(new FieldProblem(prefix + "viewCount", "must not be negative"));
        }
        if (footnotes != null) {
            for (int i = 0; i < footnotes.size(); i++) {
                Footnote note = footnotes.get(i);
                if (note == null || note.number() < 1 || note.text() == null || note.text().isBlank()) {
                    problems.add(new FieldProblem(prefix + "footnotes[" + i + "]",
                            "needs a number of 1 or more and a non-blank text"));
                }
            }
        }
        return problems;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    static List<String> stripped(List<String> list) {
        return orEmpty(list).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
