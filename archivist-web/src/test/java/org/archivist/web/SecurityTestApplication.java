package org.archivist.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with one read, one write and one delete, to try the security edge on as clients meet it. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SecurityTestApplication.Notes.class)
class SecurityTestApplication {

    static final String READER = "ak_reader-test-key";
    static final String WRITER = "ak_writer-test-key";
    static final String ADMIN = "ak_admin-test-key";
    static final String BUDGETED = "ak_budgeted-test-key";
    static final List<String> KEYS = List.of(READER, WRITER, ADMIN, BUDGETED);

    /** Gives the test's context the keys above, as a deployment would: names, roles and hashes. */
    static void registerKeys(DynamicPropertyRegistry registry) {
        for (String property : keyProperties()) {
            String[] nameAndValue = property.split("=", 2);
            registry.add(nameAndValue[0], () -> nameAndValue[1]);
        }
    }

    private static String[] keyProperties() {
        String[][] keys = { { "reader", "reader", READER }, { "writer", "writer", WRITER },
                { "admin", "admin", ADMIN }, { "budgeted", "writer", BUDGETED } };
        String[] properties = new String[keys.length * 3];
        for (int i = 0; i < keys.length; i++) {
            properties[3 * i] = "archivist.security.keys[" + i + "].name=" + keys[i][0];
            properties[3 * i + 1] = "archivist.security.keys[" + i + "].role=" + keys[i][1];
            properties[3 * i + 2] = "archivist.security.keys[" + i + "].sha256=" + ApiKeys.sha256Hex(keys[i][2]);
        }
        return properties;
    }

    @RestController
    static class Notes {

        private final AuditTrail audit;

        Notes(AuditTrail audit) {
            this.audit = audit;
        }

        @GetMapping("/api/notes")
        List<String> list() {
            return List.of("first");
        }

        @PostMapping("/api/notes")
        Map<String, Object> add(@RequestBody String note) {
            audit.record("NOTE_ADDED", Map.of("count", 1));
            return Map.of("added", note.length());
        }

        @DeleteMapping("/api/notes/{id}")
        Map<String, Object> delete(@PathVariable String id) {
            audit.record("NOTE_DELETED", Map.of("ids", List.of(id)));
            return Map.of("deleted", id);
        }
    }
}
