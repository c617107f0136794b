package org.archivist.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to {@code archivist.security.max-body-size}, or to the limit its media type has in
 * {@code max-body-size-by-type}: one whose declared {@code Content-Length} is over the limit is rejected before
 * anything reads it; any other (chunked bodies declare no length) is read through a stream that throws
 * {@link BodyTooLargeException} at the first byte past the limit, whoever reads it ({@link BodyLimitProblems}
 * answers it).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final Map<String, Long> limitByType;

    /** @param limitByType limits by lower-case {@code type/subtype} */
    BodySizeLimitFilter(long limit, Map<String, Long> limitByType) {
        this.limit = limit;
        this.limitByType = Map.copyOf(limitByType);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = mediaType(request.getContentType());
        Long ofType = type == null ? null : limitByType.get(type);
        long applies = ofType != null ? ofType : limit;
        String setting = ofType != null ? "archivist.security.max-body-size-by-type[" + type + "]"
                : "archivist.security.max-body-size";
        if (request.getContentLengthLong() > applies) {
            ProblemResponses.write(request, response,
                    BodyLimitProblems.problem(new BodyTooLargeException(applies, setting)));
            return;
        }
        chain.doFilter(new BoundedRequest(request, applies, setting), response);
    }

    /** {@code type/subtype} of a Content-Type header, lower case, without parameters; null when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The request with its body readable up to {@code limit} bytes. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final String setting;
        private ServletInputStream body;

        BoundedRequest(HttpServletRequest request, long limit, String setting) {
            super(request);
            this.limit = limit;
            this.setting = setting;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedInputStream(super.getInputStream(), limit, setting);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BoundedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final String setting;
        private long read;

        BoundedInputStream(ServletInputStream in, long limit, String setting) {
            this.in = in;
            this.limit = limit;
            this.setting = setting;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException(limit, setting);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
