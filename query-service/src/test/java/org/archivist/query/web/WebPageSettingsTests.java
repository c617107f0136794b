package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebPageSettingsTests {

    @Test
    void unsetOrBlankIngestUrlIsNone() {
        assertThat(new WebPageSettings(null).ingestUrl()).isNull();
        assertThat(new WebPageSettings("  ").ingestUrl()).isNull();
        assertThat(new WebPageSettings("").ingestOrigin()).isEmpty();
    }

    @Test
    void ingestUrlLosesItsTrailingSlashAndSpaces() {
        assertThat(new WebPageSettings(" http://localhost:8081/ ").ingestUrl()).isEqualTo("http://localhost:8081");
    }

    @Test
    void schemeIsLowerCased() {
        assertThat(new WebPageSettings("HTTPS://archive.example").ingestUrl()).isEqualTo("https://archive.example");
    }

    @Test
    void pathPrefixIsKeptAndLeftOutOfTheOrigin() {
        WebPageSettings settings = new WebPageSettings("https://archive.example:8443/ingest/");

        assertThat(settings.ingestUrl()).isEqualTo("https://archive.example:8443/ingest");
        assertThat(settings.ingestOrigin()).hasValue("https://archive.example:8443");
    }

    @Test
    void originOfAnIpv4AddressKeepsItsPort() {
        assertThat(new WebPageSettings("http://127.0.0.1:8081").ingestOrigin()).hasValue("http://127.0.0.1:8081");
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost:8081", "/api", "ftp://archive.example", "http://user:pw@archive.example",
            "http://archive.example/?x=1", "http://archive.example/#top", "http://", "http://exa mple.org" })
    void refusesWhatIsNotAPlainHttpUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebPageSettings(url))
                .withMessageContaining("archivist.query.web.ingest-url");
    }
}
