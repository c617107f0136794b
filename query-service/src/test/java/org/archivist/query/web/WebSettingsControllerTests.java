package org.archivist.query.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/web-settings} and the page document's Content-Security-Policy, with an ingest URL set. */
@WebMvcTest(controllers = WebSettingsController.class,
        properties = "archivist.query.web.ingest-url=http://localhost:8081/")
@EnableConfigurationProperties(WebPageSettings.class)
@Import(WebPageConfiguration.class)
class WebSettingsControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheIngestUrl() throws Exception {
        mvc.perform(get("/api/web-settings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ingestUrl").value("http://localhost:8081"));
    }

    @Test
    void pageDocumentMayConnectToTheIngestOrigin() throws Exception {
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        containsString("connect-src 'self' http://localhost:8081;")));
    }

    @Test
    void otherAnswersCarryNoPagePolicy() throws Exception {
        mvc.perform(get("/api/web-settings")).andExpect(header().doesNotExist("Content-Security-Policy"));
        mvc.perform(get("/js/main.js")).andExpect(header().doesNotExist("Content-Security-Policy"));
    }
}
