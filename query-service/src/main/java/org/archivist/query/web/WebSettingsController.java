package org.archivist.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/web-settings}: what the web page reads at start, the address of ingest-service for its Add page. */
@RestController
class WebSettingsController {

    /** @param ingestUrl where the Add page posts pages and fetch lists; null when not configured */
    record WebSettings(@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
            example = "http://127.0.0.1:8081", description = "Where the Add view reaches ingest-service; null when "
                    + "unset") String ingestUrl) {
    }

    private final WebSettings settings;

    WebSettingsController(WebPageSettings settings) {
        this.settings = new WebSettings(settings.ingestUrl());
    }

    @Operation(summary = "The web page's settings", description = "`ingestUrl`: where the page's Add view reaches "
            + "ingest-service (archivist.query.web.ingest-url, environment ARCHIVIST_INGEST_URL); null when unset.")
    @ApiResponse(responseCode = "200", description = "The settings")
    @GetMapping(path = "/api/web-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    WebSettings settings() {
        return settings;
    }
}
