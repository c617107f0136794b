package org.archivist.query.index;

import java.util.LinkedHashMap;
import java.util.Map;

import org.archivist.web.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/rebuild}: {@code POST} starts a rebuild of the index from the log (or reports the one running),
 * {@code GET} says where it stands. {@code ./archivist rebuild} drives it. Admin only, like every actuator endpoint
 * but health and info; each start is an audit event.
 */
@Component
@Endpoint(id = "rebuild")
class RebuildEndpoint {

    private final LogRebuilder rebuilder;
    private final AuditTrail audit;

    RebuildEndpoint(LogRebuilder rebuilder, AuditTrail audit) {
        this.rebuilder = rebuilder;
        this.audit = audit;
    }

    @ReadOperation
    public RebuildStatus status() {
        return rebuilder.status();
    }

    /**
     * 409 naming the other job when a reindex runs.
     *
     * @param force move the alias even when the log yields fewer documents than the index holds
     */
    @WriteOperation
    public WebEndpointResponse<Object> start(@Nullable Boolean force) {
        RebuildStatus status;
        try {
            status = rebuilder.start(Boolean.TRUE.equals(force));
        } catch (IndexJobConflictException e) {
            return IndexJobConflictException.response(e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("phase", status.phase().name());
        details.put("topic", status.topic());
        details.put("from", status.from());
        details.put("to", status.to());
        details.put("force", Boolean.TRUE.equals(force));
        audit.record("REBUILD_REQUESTED", details);
        return new WebEndpointResponse<>(status);
    }
}
