package org.archivist.ingest.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Validator;
import org.archivist.contract.Article;
import org.archivist.web.AuditTrail;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.IngestMetrics;
import org.archivist.ingest.publish.Accepted;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.archivist.ingest.article.ArticleDraft;
import org.archivist.ingest.article.ArticleDraftValidator;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.article.FieldProblem;
import org.archivist.ingest.article.InvalidArticleException;

/**
 * {@code POST /api/articles}: one Article-shaped JSON object or an array of them. Answers 202 only
 * after Kafka acknowledged every article, in one transaction.
 */
@RestController
class ArticleController {

    private final JsonMapper json;
    private final ArticleFactory factory;
    private final ArticlePublisher publisher;
    private final ArticleDraftValidator validator;
    private final AuditTrail audit;

    ArticleController(JsonMapper json, ArticleFactory factory, ArticlePublisher publisher, Validator validator,
            AuditTrail audit, IngestMetrics metrics) {
        this.json = json;
        this.factory = factory;
        this.publisher = metrics.counting("articles", publisher);
        this.validator = new ArticleDraftValidator(validator);
        this.audit = audit;
    }

    @Operation(summary = "Publish articles", description = "One Article-shaped JSON object or an array of them. "
            + "The server fills id, contentHash and ingestedAt; 202 means Kafka acknowledged every article.")
    @ApiResponse(responseCode = "202", description = "Every article is durable; their ids and titles")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields; `errors` names each field")
    @ApiResponse(responseCode = "413", description = "Body over the size limit, or an article larger than Kafka takes "
            + "(articleId names it); nothing was published")
    @ApiResponse(responseCode = "415", description = "Not application/json")
    @ApiResponse(responseCode = "503", description = "Kafka cannot take the write; see Retry-After. `outcome`: "
            + "`not-published`, or `unknown` when Kafka stopped answering during the commit (posting again is safe)")
    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted post(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "One article or an array of them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(oneOf = { ArticleDraft.class, ArticleDraft[].class })))
            @RequestBody JsonNode body) {
        List<ArticleDraft> drafts = read(body);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(validator.problems(drafts.get(i), body.isArray() ? "[" + i + "]." : ""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        List<Article> articles = drafts.stream().map(factory::create).toList();
        publisher.publish(articles);
        audit.record("ARTICLES_PUBLISHED", PublishAudit.details(articles));
        return Accepted.of(articles);
    }

    private List<ArticleDraft> read(JsonNode body) {
        if (body.isObject()) {
            return List.of(convert(body, ""));
        }
        if (!body.isArray() || body.isEmpty()) {
            throw new InvalidArticleException(List.of(new FieldProblem("$",
                    "must be an article object or a non-empty array of them")));
        }
        List<ArticleDraft> drafts = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isObject()) {
                throw new InvalidArticleException(List.of(new FieldProblem("[" + i + "]", "must be an article object")));
            }
            drafts.add(convert(body.get(i), "[" + i + "]."));
        }
        return drafts;
    }

    private ArticleDraft convert(JsonNode node, String prefix) {
        try {
            return json.treeToValue(node, ArticleDraft.class);
        } catch (JacksonException e) {
            List<String> names = e.getPath().stream().map(ref -> ref.getPropertyName()).filter(name -> name != null)
                    .toList();
            String field = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw new InvalidArticleException(List.of(new FieldProblem(prefix + field,
                    expected(names.isEmpty() ? "" : names.getFirst()))));
        }
    }

    /** What a field must hold, in a user's words rather than the JSON reader's. */
    private static String expected(String field) {
        return switch (field) {
            case "publishedAt" -> "must be a date written as YYYY-MM-DD, like 2024-03-31";
            case "viewCount" -> "must be a whole number";
            case "excerpt" -> "must be true or false";
            case "footnotes" -> "must be a list of footnotes, each like {\"number\": 1, \"text\": \"…\"}";
            case "authors", "sourceCategories", "tags", "paragraphs", "media" -> "must be a list of texts";
            default -> "must be a text";
        };
    }
}
