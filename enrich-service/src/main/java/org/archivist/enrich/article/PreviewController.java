package org.archivist.enrich.article;

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

    @PostMapping(path = "/api/enrich/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    EnrichedArticle preview(@RequestBody Article article) {
        return enricher.enrich(article);
    }
}
