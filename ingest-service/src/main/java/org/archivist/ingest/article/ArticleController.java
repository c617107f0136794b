package org.archivist.ingest.article;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.contract.Article;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.Accepted;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/articles}: one Article-shaped JSON object or an array of them. Answers 202 only
 * after Kafka acknowledged every article, in one transaction.
 */
@RestController
class ArticleController {

    private final JsonMapper json;
    private final ArticleFactory factory;
    private final ArticlePublisher publisher;

    ArticleController(JsonMapper json, ArticleFactory factory, ArticlePublisher publisher) {
        this.json = json;
        this.factory = factory;
        this.publisher = publisher;
    }

    @Operation(summary = "Publish articles", description = "One Article-shaped JSON object or an array of them. "
            + "The server fills id, contentHash and ingestedAt; 202 means Kafka acknowledged every article.")
    @ApiResponse(responseCode = "202", description = "Every article is durable; their ids and titles")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields; `errors` names each field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body over the size limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Kafka cannot take the write; nothing was published; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted post(@RequestBody JsonNode body) {
        List<ArticleRequest> requests = read(body);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            problems.addAll(requests.get(i).problems(body.isArray() ? "[" + i + "]." : ""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        List<Article> articles = requests.stream().map(this::toArticle).toList();
        publisher.publish(articles);
        return Accepted.of(articles);
    }

    private List<ArticleRequest> read(JsonNode body) {
        if (body.isObject()) {
            return List.of(convert(body, ""));
        }
        if (!body.isArray() || body.isEmpty()) {
            throw new InvalidArticleException(List.of(new FieldProblem("$",
                    "must be an article object or a non-empty array of them")));
        }
        List<ArticleRequest> requests = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isObject()) {
                throw new InvalidArticleException(List.of(new FieldProblem("[" + i + "]", "must be an article object")));
            }
            requests.add(convert(body.get(i), "[" + i + "]."));
        }
        return requests;
    }

    private ArticleRequest convert(JsonNode node, String prefix) {
        try {
            return json.treeToValue(node, ArticleRequest.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw new InvalidArticleException(List.of(new FieldProblem(prefix + field, "has the wrong type or format: "
                    + e.getOriginalMessage())));
        }
    }

    private Article toArticle(ArticleRequest request) {
        return factory.create(request.source(), request.url(), request.title(), ArticleRequest.stripped(request.authors()),
                request.publishedAt(), ArticleRequest.stripped(request.sourceCategories()),
                ArticleRequest.stripped(request.tags()), ArticleRequest.stripped(request.paragraphs()),
                ArticleRequest.orEmpty(request.footnotes()), ArticleRequest.stripped(request.media()),
                request.viewCount(), request.archiveCategory(), request.language(), Boolean.TRUE.equals(request.excerpt()));
    }
}
