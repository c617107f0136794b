package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchMatch;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What a client receives when Elasticsearch fails after an export has begun, on the real servlet container (the
 * point is how the container ends the connection, which a mock request cannot show): the first page, then a cut
 * connection without the chunk that ends a complete answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ExportInterruptionTests.App.class, properties = {
        "management.server.port=-1", "management.endpoint.health.group.readiness.include=readinessState" })
class ExportInterruptionTests {

    /** The controller and the service's problem advice, with a source whose second page fails. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {"org.archivist.kafka.ArchivistKafkaAutoConfiguration"})
    @ComponentScan(basePackages = "org.archivist.query", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = "org\\.archivist\\.query\\.(ProblemDetails|export\\.ExportController)"))
    static class App {

        @Bean
        ExportSource failingOnSecondPage() {
            return (match, format) -> new ExportSource.Pages() {
                private int read;

                @Override
                public List<IndexedArticle> next() {
                    if (read++ == 0) {
                        return List.of(ArticleRowsTests.article("a1", "First page", List.of(), LocalDate.parse(
                                "2024-03-11"), List.of(), List.of(), List.of(), List.of()));
                    }
                    throw new ExportInterruptedException("Elasticsearch failed during the export: "
                            + new IOException("Connection refused"));
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @LocalServerPort
    int port;

    /** The raw bytes of the answer, read until the server closes the connection. */
    private String rawAnswer(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cutsTheConnectionAfterThePagesWrittenWithoutEndingTheAnswer() throws IOException {
        String answer = rawAnswer("/api/export?format=csv");

        assertThat(answer).startsWith("HTTP/1.1 200").contains("Transfer-Encoding: chunked");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        // The header row and the first page, each a chunk as it was flushed; then nothing: no last chunk ("0").
        assertThat(body).startsWith(Integer.toHexString(String.join(",", ArticleRows.HEADER).length() + 2)
                + "\r\nid,url,source,").contains("\r\na1,https://civicledger.example.com/a1,civic-ledger,First page,");
        assertThat(body).endsWith(",2024-03-12T09:30:00Z,2024-03-12T09:30:02.114Z\r\n\r\n")
                .doesNotContain("\r\n0\r\n");
    }
}
