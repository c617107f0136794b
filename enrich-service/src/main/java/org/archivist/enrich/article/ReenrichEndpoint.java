package org.archivist.enrich.article;

import java.util.LinkedHashMap;
import java.util.Map;

import org.archivist.web.AuditTrail;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/reenrich}: {@code POST} starts a re-enrichment pass (or reports the one running), {@code GET}
 * says where it stands. {@code ./archivist rebuild --re-enrich} drives it, then rebuilds the index. Admin only, like
 * every actuator endpoint but health and info; each start is an audit event.
 */
@Component
@Endpoint(id = "reenrich")
class ReenrichEndpoint {

    private final ReenrichPass pass;
    private final AuditTrail audit;

    ReenrichEndpoint(ReenrichPass pass, AuditTrail audit) {
        this.pass = pass;
        this.audit = audit;
    }

    @ReadOperation
    public ReenrichStatus status() {
        return pass.status();
    }

    @WriteOperation
    public ReenrichStatus start() {
        ReenrichStatus status = pass.start();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("phase", status.phase().name());
        details.put("topic", status.topic());
        details.put("enrichmentVersion", status.enrichmentVersion());
        audit.record("REENRICH_REQUESTED", details);
        return status;
    }
}
