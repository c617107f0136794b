package org.archivist.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.archivist.ingest.IngestSliceConfiguration;
import org.archivist.ingest.publish.RecordingPublisher;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A chunked body (no Content-Length) over the limit gets 413 from every POST endpoint, over real HTTP: MockMvc
 * never streams a body in chunks. The publisher is the slice's recording one, so no broker is needed.
 */
@SpringBootTest(classes = ChunkedBodyLimitTests.WebOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoint.health.validate-group-membership=false", "springdoc.api-docs.enabled=false",
                "springdoc.swagger-ui.enabled=false" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
class ChunkedBodyLimitTests {

    private static final int ELEVEN_MB = 11 * 1024 * 1024;

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.archivist.kafka.ArchivistKafkaAutoConfiguration" })
    @Import({ ArchiveController.class, ArticleController.class, ProblemDetails.class, IngestSliceConfiguration.class })
    static class WebOnly {
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingPublisher publisher;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/articles | application/json          | '{\"title\": \"Huge\", \"paragraphs\": [\"' | '\"]}'",
            "/api/archives | text/plain; charset=utf-8 | 'Huge'                                     | ''" })
    void elevenMegabyteChunkedBodyIs413(String path, String contentType, String head, String tail) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .header("X-API-Key", TestKeys.WRITER)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Body(head, ELEVEN_MB, tail)))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(request.bodyPublisher().orElseThrow().contentLength()).as("sent chunked").isNegative();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Body too large\"", "\"limitBytes\":10485760");
        assertThat(publisher.published()).isEmpty();
    }

    /** {@code head}, then {@code size} letters, then {@code tail}, made as read: a valid article or page, only too big. */
    private static final class Body extends InputStream {

        private final byte[] head;
        private final byte[] tail;
        private final long size;
        private long position;

        Body(String head, long size, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            long total = head.length + size + tail.length;
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < head.length) {
                return head[(int) at];
            }
            if (at < head.length + size) {
                return (at - head.length) % 80 == 79 ? ' ' : 'x';
            }
            return tail[(int) (at - head.length - size)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = 0;
            for (int b; n < length && (b = read()) >= 0; n++) {
                buffer[offset + n] = (byte) b;
            }
            return n == 0 && length > 0 ? -1 : n;
        }
    }
}
