package org.archivist.enrich.article;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/enrich/preview}: shows what enrichment would add to an article, without Kafka. */
@RestController
class PreviewController {

    private final ArticleEnricher enricher;

    PreviewController(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @Operation(summary = "Preview an article's enrichment", description = "What enrich-service would add to this "
            + "article (categories, places, footnote links), computed here and now: nothing is published. The article "
            + "needs a title and at least one paragraph; the other fields are optional.")
    @ApiResponse(responseCode = "200", description = "The article as it would be enriched")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or no title or paragraph (errors names each)")
    @ApiResponse(responseCode = "413", description = "Body over the size limit (limitBytes)")
    @ApiResponse(responseCode = "415", description = "Not application/json")
    @PostMapping(path = "/api/enrich/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EnrichedArticle preview(@RequestBody Article article) {
        List<FieldProblem> problems = new ArrayList<>();
        if (article.title() == null || article.title().isBlank()) {
            problems.add(new FieldProblem("title", "is missing; a preview needs the article's title"));
        }
        if (article.paragraphs().stream().allMatch(String::isBlank)) {
            problems.add(new FieldProblem("paragraphs", "are missing; a preview needs at least one paragraph of text"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPreviewException(problems);
        }
        return enricher.enrich(article);
    }
}
