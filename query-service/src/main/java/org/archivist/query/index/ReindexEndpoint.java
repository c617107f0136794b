package org.archivist.query.index;

import java.util.LinkedHashMap;
import java.util.Map;

import org.archivist.web.AuditTrail;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/reindex}: {@code POST} starts a reindex into a new index version (or reports the one running),
 * {@code GET} says where it stands. {@code ./archivist reindex} drives it. Admin only, like every actuator
 * endpoint but health and info; each start is an audit event.
 */
@Component
@Endpoint(id = "reindex")
class ReindexEndpoint {

    private final ArticleReindexer reindexer;
    private final AuditTrail audit;

    ReindexEndpoint(ArticleReindexer reindexer, AuditTrail audit) {
        this.reindexer = reindexer;
        this.audit = audit;
    }

    @ReadOperation
    public ReindexStatus status() {
        return reindexer.status();
    }

    /** 409 naming the other job when a rebuild runs. */
    @WriteOperation
    public WebEndpointResponse<Object> start() {
        ReindexStatus status;
        try {
            status = reindexer.start();
        } catch (IndexJobConflictException e) {
            return IndexJobConflictException.response(e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("phase", status.phase().name());
        details.put("from", status.from());
        details.put("to", status.to());
        audit.record("REINDEX_REQUESTED", details);
        return new WebEndpointResponse<>(status);
    }
}
