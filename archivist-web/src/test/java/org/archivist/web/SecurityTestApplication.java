package org.archivist.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with one read, one write and one delete, to try the security edge on as clients meet it (keys: TestKeys). */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SecurityTestApplication.Notes.class)
class SecurityTestApplication {

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
