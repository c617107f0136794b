package org.archivist.query.deletion;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.contract.Deletion;
import org.archivist.web.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/articles/{id}?reason=R} and {@code DELETE /api/articles?source=S&reason=R[&dryRun=true]}
 * (admin): answered once Kafka holds the tombstones; each delete is an audit event with its reason.
 */
@RestController
class DeletionController {

    static final int MAX_REASON_LENGTH = 500;

    private final ArticleDeletions deletions;
    private final AuditTrail audit;

    DeletionController(ArticleDeletions deletions, AuditTrail audit) {
        this.deletions = deletions;
        this.audit = audit;
    }

    @Operation(summary = "Delete a stored article (admin)", description = """
            Publishes the deletion; the article leaves search and `GET /api/articles/{id}` within about a second, \
            and no older version of it can come back (a redelivery, a replayed dead letter, a rebuild). Posting it \
            again later brings it back. The reason goes to the audit log.""")
    @ApiResponse(responseCode = "202", description = "Kafka holds the deletion")
    @ApiResponse(responseCode = "400", description = "`reason` is missing, blank or over 500 characters")
    @ApiResponse(responseCode = "404", description = "No article has this id (or it is deleted already)")
    @ApiResponse(responseCode = "503", description = "Elasticsearch or Kafka cannot be reached; nothing or part was "
            + "deleted; repeat the request after Retry-After")
    @DeleteMapping(path = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DeletedArticle> delete(@PathVariable String id, @Parameter(description = "Why (required; goes to "
            + "the audit log)", schema = @Schema(maxLength = MAX_REASON_LENGTH)) @RequestParam(required = false)
            String reason) throws IOException {
        String why = reason(reason);
        Deletion deletion = deletions.delete(id, why);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", id);
        details.put("deletedAt", deletion.deletedAt().toString());
        details.put("reason", why);
        audit.record("ARTICLE_DELETED", details);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new DeletedArticle(id, deletion.deletedAt(), deletion.reason()));
    }

    @Operation(summary = "Take down every stored article of a source (admin)", description = """
            With `dryRun=true`, only counts them. Otherwise deletes each as `DELETE /api/articles/{id}` does and \
            answers once Kafka holds every deletion. Articles of the source still in the pipeline when it runs are \
            not among them: run it again once they are stored.""")
    @ApiResponse(responseCode = "200", description = "Dry run: how many articles would be deleted")
    @ApiResponse(responseCode = "202", description = "Kafka holds every deletion")
    @ApiResponse(responseCode = "400", description = "`source` is missing or blank, or `reason` is missing, blank or "
            + "over 500 characters when it is no dry run")
    @ApiResponse(responseCode = "503", description = "Elasticsearch or Kafka cannot be reached; part may be deleted; "
            + "repeat the request after Retry-After")
    @DeleteMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceTakedown> deleteSource(@Parameter(description = "The source to take down (required)")
            @RequestParam(required = false) String source, @Parameter(description = "Why (required unless dryRun; goes "
                    + "to the audit log)", schema = @Schema(maxLength = MAX_REASON_LENGTH))
            @RequestParam(required = false) String reason, @Parameter(description = "Only count the articles")
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (source == null || source.isBlank()) {
            throw new InvalidDeletionException("source", "must name the source to take down");
        }
        if (dryRun) {
            return ResponseEntity.ok(new SourceTakedown(source, deletions.count(source), true, null, null));
        }
        SourceTakedown takedown = deletions.deleteSource(source, reason(reason));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("count", takedown.count());
        details.put("deletedAt", takedown.deletedAt().toString());
        details.put("reason", takedown.reason());
        audit.record("SOURCE_TAKEN_DOWN", details);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(takedown);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidDeletionException("reason", "must say why (it goes to the audit log)");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidDeletionException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason.strip();
    }
}
