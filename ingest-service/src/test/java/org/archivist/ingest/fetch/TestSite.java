package org.archivist.ingest.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site served by the test on a loopback address, never anything else: pages by path, handlers for the odd
 * cases, and a log of the requests it got.
 */
final class TestSite implements AutoCloseable {

    /** A request the site got: its path, when, and the headers a polite fetcher sends. */
    record Request(String path, Instant at, String userAgent, String ifNoneMatch, String acceptEncoding) {
    }

    private final HttpServer server;
    private final String base;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private TestSite(String address) throws IOException {
        InetAddress loopback = InetAddress.getByName(address);
        if (!loopback.isLoopbackAddress()) {
            throw new IllegalArgumentException("test sites live on loopback addresses only, not " + address);
        }
        server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        base = "http://" + address + ":" + server.getAddress().getPort();
    }

    static TestSite start(String loopbackAddress) {
        try {
            return new TestSite(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return base + path;
    }

    TestSite page(String path, String contentType, byte[] body) {
        routes.put(path, exchange -> send(exchange, 200, contentType, body));
        return this;
    }

    TestSite page(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestSite route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        var headers = exchange.getRequestHeaders();
        requests.add(new Request(path, Instant.now(), headers.getFirst("User-Agent"), headers.getFirst("If-None-Match"),
                headers.getFirst("Accept-Encoding")));
        HttpHandler handler = routes.get(path);
        try (exchange) {
            if (handler == null) {
                send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.US_ASCII));
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // The fetcher hung up on purpose (a bomb, a slow answer): nothing to do.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
