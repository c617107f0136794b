package org.archivist.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.boot.actuate.audit.InMemoryAuditEventRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs every audit event as one JSON line on the {@code archivist.audit} logger, which operators can route
 * to a file or collector of its own, and keeps the last thousand for {@code /actuator/auditevents}.
 */
final class LoggingAuditEventRepository implements AuditEventRepository {

    private static final Logger log = LoggerFactory.getLogger("archivist.audit");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InMemoryAuditEventRepository recent = new InMemoryAuditEventRepository(1000);

    @Override
    public void add(AuditEvent event) {
        recent.add(event);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", event.getTimestamp().toString());
        line.put("action", event.getType());
        line.put("key", event.getPrincipal());
        line.putAll(event.getData());
        log.info("{}", JSON.writeValueAsString(line));
    }

    @Override
    public List<AuditEvent> find(String principal, Instant after, String type) {
        return recent.find(principal, after, type);
    }
}
