package org.archivist.bench.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.util.BinaryData;

/**
 * The Elasticsearch client's own transport with the network taken out: requests are serialised exactly as for a
 * real node (the same {@link ElasticsearchTransportBase} code, {@code _bulk} as NDJSON), and each endpoint answers
 * with bytes recorded beforehand, which the client then parses as it would a node's answer. What a benchmark over
 * it measures is the client side only, the same for every way of calling the client.
 */
final class LoopbackTransport extends ElasticsearchTransportBase {

    LoopbackTransport(JsonpMapper mapper, Map<String, byte[]> answers) {
        super(new Answers(answers), null, mapper, NoopInstrumentation.INSTANCE);
    }

    /** The body of the last request, as it would have gone to the node. */
    String lastRequestBody() {
        StringBuilder body = new StringBuilder();
        for (ByteBuffer buffer : ((Answers) httpClient).lastBody) {
            body.append(StandardCharsets.UTF_8.decode(buffer.duplicate()));
        }
        return body.toString();
    }

    private static final class Answers implements TransportHttpClient {

        private static final Node NODE = new Node("http://localhost:9200/");

        private final Map<String, byte[]> answers;
        private Iterable<ByteBuffer> lastBody = List.of();

        Answers(Map<String, byte[]> answers) {
            this.answers = Map.copyOf(answers);
        }

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
                throws IOException {
            lastBody = request.body() == null ? List.of() : request.body();
            byte[] answer = answers.get(endpointId);
            if (answer == null) {
                throw new IOException("no recorded answer for " + endpointId);
            }
            return new Answer(answer);
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                TransportOptions options) {
            try {
                return CompletableFuture.completedFuture(performRequest(endpointId, node, request, options));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public void close() {
        }
    }

    private record Answer(byte[] bytes) implements TransportHttpClient.Response {

        @Override
        public TransportHttpClient.Node node() {
            return Answers.NODE;
        }

        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public String header(String name) {
            return switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "x-elastic-product" -> "Elasticsearch";
                case "content-type" -> JSON_CONTENT_TYPE;
                default -> null;
            };
        }

        @Override
        public List<String> headers(String name) {
            String value = header(name);
            return value == null ? List.of() : List.of(value);
        }

        @Override
        public BinaryData body() {
            return BinaryData.of(bytes, JSON_CONTENT_TYPE);
        }

        @Override
        public Object originalResponse() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
