package org.archivist.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Checks each exchange {@link HttpProbe} makes against the OpenAPI document the service under test serves: the
 * document is fetched once per port ({@code /v3/api-docs}, or for a management port its service's
 * {@code /v3/api-docs/x-actuator}), and an answer that breaks it (an undocumented status, header or field, a body of
 * another shape or media type) fails the test with the validator's report. A request is held to the document only
 * when it was served (2xx, 3xx): the tests send wrong requests on purpose to see them refused, and then the answer
 * (the refusal) is what is checked. The validator reads JSON (and form) bodies only; an {@code application/x-ndjson}
 * answer (an export) is checked here line by line against the schema its media type names, and other text (CSV, the
 * Prometheus scrape) by its media type alone. An exchange with a path or method the document does not list is not
 * validated but recorded, and fails the test when it is a served {@code /api/} request: an operation nobody
 * documented.
 * {@link OpenApiCoverage} lists, after the run, which documented operations the tests exercised.
 */
public final class OpenApiValidation {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Optional<Document>> DOCUMENTS = new ConcurrentHashMap<>();
    /** Every document checked against in this run, by title (one per service and port kind). */
    static final Map<String, OpenApiCoverage.Service> COVERAGE = new ConcurrentHashMap<>();

    private OpenApiValidation() {
    }

    /** ndjson: one JSON value per line, each to match the schema of the media type (a stream of zero is empty). */
    private static final String NDJSON = "application/x-ndjson";

    /** One served document, parsed, with the validators and operation matcher built from it. */
    private record Document(String title, OpenApiInteractionValidator validator, SchemaValidator schemas,
            ApiOperationResolver operations) {
    }

    /** @throws AssertionError when the exchange breaks the document of the service at {@code port} */
    static void check(int port, HttpRequest request, HttpResponse<String> response) {
        Optional<Integer> service = ServicePorts.serviceOf(port);
        Optional<Document> document = DOCUMENTS.computeIfAbsent(port + "/" + service.orElse(0),
                key -> load(service.map(p -> "http://127.0.0.1:" + p + "/v3/api-docs/x-actuator")
                        .orElse("http://127.0.0.1:" + port + "/v3/api-docs")));
        document.ifPresent(served -> check(served, request, response));
    }

    private static Optional<Document> load(String url) {
        HttpResponse<String> answer;
        try {
            // The admin key reads the document whether reads are public or not; every service under test knows it.
            answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", TestKeys.ADMIN)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (answer.statusCode() != 200 || !answer.body().contains("\"openapi\"")) {
            return Optional.empty(); // No springdoc here (a test application of archivist-web): nothing to check.
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(answer.body(), null, options).getOpenAPI();
        if (api == null) {
            throw new AssertionError("The OpenAPI document at " + url + " does not parse");
        }
        Document document = new Document(api.getInfo().getTitle(), OpenApiInteractionValidator.createFor(api).build(),
                new SchemaValidator(api, new MessageResolver()), new ApiOperationResolver(api, null, false));
        COVERAGE.computeIfAbsent(document.title(), title -> new OpenApiCoverage.Service(title, api));
        return Optional.of(document);
    }

    private static void check(Document document, HttpRequest request, HttpResponse<String> response) {
        Request.Method method = Request.Method.valueOf(request.method());
        String path = request.uri().getRawPath();
        int status = response.statusCode();
        OpenApiCoverage.Service coverage = COVERAGE.get(document.title());
        ApiOperationMatch match = document.operations().findApiOperation(path, method);
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            coverage.undocumented(method + " " + path, status);
            // HEAD and OPTIONS (CORS preflights) are answered by Spring itself for every mapping.
            if (path.startsWith("/api/") && status < 300 && method != Request.Method.HEAD
                    && method != Request.Method.OPTIONS) {
                throw new AssertionError(document.title() + " served " + method + " " + path + " with " + status
                        + ", an operation its OpenAPI document does not list");
            }
            return;
        }
        coverage.exercised(method + " " + match.getApiOperation().getApiPath().original(), status);

        SimpleRequest.Builder sent = new SimpleRequest.Builder(method, path);
        query(request.uri().getRawQuery()).forEach(sent::withQueryParam);
        request.headers().map().forEach(sent::withHeader);
        byte[] body = body(request);
        boolean binary = request.headers().firstValue("Content-Type").map(type -> !textual(type)).orElse(false);
        if (body != null && !binary) {
            sent.withBody(body);
        }
        SimpleResponse.Builder answered = SimpleResponse.Builder.status(status);
        response.headers().map().forEach(answered::withHeader);
        String mediaType = response.headers().firstValue("Content-Type")
                .map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        // Other bodies the validator would skip (saying so in the log); their media type is still checked.
        boolean readable = mediaType.isEmpty() || mediaType.equals("application/json") || mediaType.endsWith("+json")
                || mediaType.equals("application/x-www-form-urlencoded");
        if (!response.body().isEmpty() && readable) {
            answered.withBody(response.body());
        }
        ValidationReport report = document.validator().validate(sent.build(), answered.build());
        List<ValidationReport.Message> errors = new ArrayList<>(report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> status < 300 || !message.getKey().startsWith("validation.request."))
                // A WARC file (binary) and a streamed body are not read back here: the document's body schema for
                // them is a binary string, which says nothing to check, so only its presence would be.
                .filter(message -> !(message.getKey().equals("validation.request.body.missing")
                        && (binary || body == null)))
                // Not handed over, so not missing: it is text (one CSV always has its header row) or ndjson.
                .filter(message -> !(message.getKey().equals("validation.response.body.missing") && !readable
                        && (!response.body().isEmpty() || mediaType.equals(NDJSON))))
                .toList());
        if (mediaType.equals(NDJSON)) {
            errors.addAll(ndjsonErrors(document, match.getApiOperation().getOperation(), status, response.body()));
        }
        if (!errors.isEmpty()) {
            String excerpt = response.body().length() > 2_000 ? response.body().substring(0, 2_000) + "…"
                    : response.body();
            throw new AssertionError(document.title() + ": " + method + " " + request.uri() + " answered " + status
                    + " does not match the served OpenAPI document:\n  " + errors.stream()
                            .map(message -> message.getKey() + ": " + message.getMessage())
                            .collect(Collectors.joining("\n  ")) + "\nbody: " + excerpt);
        }
    }

    /** Each line of an ndjson answer held to the schema its media type has in the document, its number named. */
    private static List<ValidationReport.Message> ndjsonErrors(Document document, Operation operation, int status,
            String body) {
        ApiResponse documented = operation.getResponses().get(String.valueOf(status));
        if (documented == null) {
            documented = operation.getResponses().getDefault();
        }
        Content content = documented == null ? null : documented.getContent();
        MediaType media = content == null ? null : content.get(NDJSON);
        Schema<?> schema = media == null ? null : media.getSchema();
        if (schema == null) {
            return List.of(); // Not documented as ndjson: the validator has already said so.
        }
        List<ValidationReport.Message> errors = new ArrayList<>();
        if (!body.isEmpty() && !body.endsWith("\n")) {
            errors.add(ValidationReport.Message.create("validation.response.body.ndjson",
                    "An ndjson body ends each line, the last too, with a newline").build());
        }
        String[] lines = body.split("\n");
        for (int line = 0; line < lines.length && !body.isEmpty(); line++) {
            int number = line + 1;
            document.schemas().validate(lines[line], schema, "response.body").getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> ValidationReport.Message.create(message.getKey(),
                            "line " + number + ": " + message.getMessage()).build())
                    .forEach(errors::add);
        }
        return errors;
    }

    private static boolean textual(String contentType) {
        String type = contentType.toLowerCase();
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded");
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The body the request sent, read again from its publisher; null without one, or when it is a stream. */
    private static byte[] body(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() <= 0) {
            return publisher.isPresent() && publisher.get().contentLength() == 0 ? new byte[0] : null;
        }
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable error) {
                read.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                read.complete(bytes.toByteArray());
            }
        });
        return read.join();
    }
}
