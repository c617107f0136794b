package org.archivist.enrich.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.archivist.web.AuditTrail;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/reenrich}: {@code POST} starts a re-enrichment pass (409 when one runs here), {@code GET}
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

    /** 409 naming the pass when one runs on this instance already. */
    @WriteOperation
    public WebEndpointResponse<Object> start() {
        Optional<ReenrichStatus> started = pass.start();
        if (started.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    pass.status().runningConflict());
            problem.setTitle("A re-enrichment pass is running");
            return new WebEndpointResponse<>(problem, HttpStatus.CONFLICT.value());
        }
        ReenrichStatus status = started.get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("phase", status.phase().name());
        details.put("topic", status.topic());
        details.put("enrichmentVersion", status.enrichmentVersion());
        audit.record("REENRICH_REQUESTED", details);
        return new WebEndpointResponse<>(status);
    }
}
