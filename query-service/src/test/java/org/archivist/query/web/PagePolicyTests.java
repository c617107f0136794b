package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PagePolicyTests {

    @Test
    void withoutAnIngestOriginThePageConnectsOnlyToItsOwn() {
        assertThat(PagePolicy.contentSecurityPolicy(Optional.empty())).contains("connect-src 'self';")
                .startsWith("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';");
    }

    @Test
    void theIngestOriginMayBeConnectedTo() {
        assertThat(PagePolicy.contentSecurityPolicy(Optional.of("http://localhost:8081")))
                .contains("connect-src 'self' http://localhost:8081;");
    }

    @Test
    void noInlineScriptFormsElsewhereOrFraming() {
        String policy = PagePolicy.contentSecurityPolicy(Optional.of("http://localhost:8081"));

        assertThat(policy).doesNotContain("unsafe").contains("form-action 'self'", "base-uri 'none'",
                "frame-ancestors 'none'");
    }
}
