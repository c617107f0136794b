package org.archivist.query.export;

import java.io.IOException;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchCriteria;
import org.archivist.query.search.SearchMatch;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/export}: validates the search's parameters and the format, reads the first page (so that a search
 * that cannot run is answered with a problem), then streams every match as a download. {@code HEAD} has a handler of
 * its own, so that OpenAPI describes it: it answers the same headers without reading anything.
 */
@RestController
class ExportController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final String FILE_NAME = "attachment; filename=\"archivist-export-<yyyyMMdd-HHmmss>.<ndjson|csv>\" "
            + "(csv for format=citations too)";
    private static final String FILE_NAME_PATTERN = "^attachment; filename=\"archivist-export-\\d{8}-\\d{6}"
            + "\\.(ndjson|csv)\"$";
    private static final String FORMAT = "What to write (default ndjson)";

    private final ExportSource exports;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ExportController(ExportSource exports, JsonMapper json) {
        this.exports = exports;
        this.json = json;
    }

    @Operation(summary = "Export every match of a search", description = """
            Streams every article the search matches (the same parameters and matches as `GET /api/search`, without \
            pages) as a download named `archivist-export-<yyyyMMdd-HHmmss>.<ext>` (UTC): \
            `format=ndjson` (default) one stored article per line as `GET /api/articles/{id}` returns it; \
            `format=csv` one row per article (id, url, source, title, authors, publishedAt, language, categories, \
            places, footnotes, excerpt, ingestedAt, indexedAt); `format=citations` one row per footnote link \
            (citing_id, footnote_number, cited_id, citation_title, citation_authors, citation_publication, \
            citation_date, citation_url), `cited_id` empty when the citation names no stored article. \
            CSV follows RFC 4180 (CRLF, header row, quoted when needed); lists are joined with `; `, and a cell \
            starting with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'` so that spreadsheets do not run it as \
            a formula. The export reads one point in time, so it is consistent however long it takes. If \
            Elasticsearch fails once the download has begun, the connection is closed before the end: the client \
            sees an incomplete transfer, never a shorter file that looks complete.""")
    @ApiResponse(responseCode = "200", description = "Every match, streamed", headers = @Header(
            name = HttpHeaders.CONTENT_DISPOSITION, required = true, description = FILE_NAME,
            schema = @Schema(type = "string", pattern = FILE_NAME_PATTERN)),
            content = {
                @Content(mediaType = NDJSON, schema = @Schema(implementation = IndexedArticle.class,
                        description = "One stored article per line"), examples = @ExampleObject(name = "ndjson",
                                value = """
                                        {"schemaVersion":1,"id":"4f1c…","source":"civic-ledger","url":"https://civicledger.example.com/2024/03/harbour","title":"Harbour strike enters second week",…,"indexedAt":"2024-03-12T09:30:02.114Z"}
                                        {"schemaVersion":1,"id":"9a07…",…}
                                        """)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "CSV, UTF-8"),
                        examples = {
                            @ExampleObject(name = "csv", summary = "format=csv", value = """
                                    id,url,source,title,authors,publishedAt,language,categories,places,footnotes,excerpt,ingestedAt,indexedAt
                                    4f1c…,https://civicledger.example.com/2024/03/harbour,civic-ledger,"Harbour strike, week two",Ana Lima; Tom Berg,2024-03-11,en,"labour; economy, business and finance",BR,2,false,2024-03-12T09:30:00Z,2024-03-12T09:30:02.114Z
                                    """),
                            @ExampleObject(name = "citations", summary = "format=citations", value = """
                                    citing_id,footnote_number,cited_id,citation_title,citation_authors,citation_publication,citation_date,citation_url
                                    4f1c…,1,9a07…,Port Wages Report,,The Civic Ledger,2023-10,https://civicledger.example.com/2023/10/wages
                                    4f1c…,2,,Dockworkers and the State,Maria Souza,Labour Review,2019,
                                    """) }) })
    @ApiResponse(responseCode = "400", description = "A parameter is malformed or out of range (as for "
            + "`GET /api/search`), or `format` is not one of ndjson, csv, citations; `parameter` names it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/export")
    void export(@ParameterObject SearchCriteria criteria,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = { "ndjson", "csv", "citations" },
                    defaultValue = "ndjson")) @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format);
        // Opened, and its first page read, before anything is answered: a failure here is still a problem (503, 400).
        ExportSource.Pages pages = exports.open(SearchMatch.of(criteria), exportFormat);
        writeHeaders(response, exportFormat);
        // Written here, on the request's thread, straight to the servlet's stream: Spring MVC's
        // StreamingResponseBody ignores flushes (Spring Framework 7), so a page would wait for the buffer to fill.
        new ExportStream(pages, exportFormat, json).writeTo(response.getOutputStream());
    }

    @Operation(summary = "The headers of an export, without reading it", operationId = "exportHeaders",
            description = "Answers the status and headers `GET /api/export` would answer with the same parameters "
                    + "(`Content-Type`, `Content-Disposition`), parameters checked the same way, without reading any "
                    + "article: a body thrown away would cost a whole export.")
    @ApiResponse(responseCode = "200", description = "The export's headers, no body", headers = @Header(
            name = HttpHeaders.CONTENT_DISPOSITION, required = true, description = FILE_NAME,
            schema = @Schema(type = "string", pattern = FILE_NAME_PATTERN)))
    @ApiResponse(responseCode = "400", description = "A parameter is malformed or out of range, or `format` is not "
            + "one of ndjson, csv, citations: the headers of the problem `GET` would answer, without its body")
    @RequestMapping(path = "/api/export", method = RequestMethod.HEAD)
    void exportHeaders(@ParameterObject SearchCriteria criteria,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = { "ndjson", "csv", "citations" },
                    defaultValue = "ndjson")) @RequestParam(required = false) String format,
            HttpServletResponse response) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        SearchMatch.of(criteria);
        writeHeaders(response, exportFormat);
    }

    private void writeHeaders(HttpServletResponse response, ExportFormat format) {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(format.fileName(clock.instant())).build().toString());
    }
}
