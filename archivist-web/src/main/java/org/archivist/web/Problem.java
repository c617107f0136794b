package org.archivist.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of every error answer (RFC 9457, {@code application/problem+json}), for the OpenAPI documents
 * only: the services answer with Spring's {@code ProblemDetail}, whose extension properties are written at the top
 * level beside {@code title} and {@code status}, as here. Each extension is present only on the problems that name
 * it; {@code type} is left out when it is {@code about:blank}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem. The fields after `instance` are extensions, each "
        + "present only on the problems that use it.")
record Problem(
        @Schema(description = "Left out when about:blank") URI type,
        String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
        String detail,
        @Schema(description = "The request's path") URI instance,
        @Schema(description = "Each field that is missing or wrong (400 of a posted article or fetch job, of a preview)")
        List<FieldError> errors,
        @Schema(description = "The query parameter that is wrong (400 of search, similar, cited-by, deletions)")
        String parameter,
        @Schema(description = "Where the body stops being readable text in its charset (400 of a page), or where a WARC "
                + "file breaks off (422)") Long byteOffset,
        @Schema(description = "The body limit that was exceeded, in bytes (413)") Long limitBytes,
        @Schema(description = "The article larger than Kafka takes (413 of ingest)") String articleId,
        @Schema(description = "The page's category, if it has one (422: no article found)", nullable = true)
        String archiveCategory,
        @Schema(description = "The blocks of the page that were not articles, and why (422: no article found)")
        List<SkippedBlock> skipped,
        @Schema(description = "WARC records read before the file broke off (422)") Long recordsRead,
        @Schema(description = "Articles of the records before the break, published already (422 of a WARC file)")
        Integer published,
        @Schema(description = "Whether anything was published when Kafka failed (503 of ingest)",
                allowableValues = { "not-published", "unknown" }) String outcome,
        @Schema(description = "The media types accepted instead (415 of ingest)") List<String> accepted,
        @Schema(description = "The role of the key that was refused (403)") String role,
        @Schema(description = "As the Retry-After header (429)") Long retryAfterSeconds) {

    /** A field of the request and what is wrong with it. */
    @Schema(name = "FieldError")
    record FieldError(@Schema(example = "[0].title") String field, String message) {
    }

    /** A block of a page that did not become (part of) an article: why, and its first characters. */
    @Schema(name = "SkippedBlock")
    record SkippedBlock(String reason, String excerpt) {
    }
}
