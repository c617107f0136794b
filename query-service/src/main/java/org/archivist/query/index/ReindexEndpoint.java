package org.archivist.query.index;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/reindex}: {@code POST} starts a reindex into a new index version (or reports the one running),
 * {@code GET} says where it stands. {@code ./archivist reindex} drives it.
 */
@Component
@Endpoint(id = "reindex")
class ReindexEndpoint {

    private final ArticleReindexer reindexer;

    ReindexEndpoint(ArticleReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @ReadOperation
    public ReindexStatus status() {
        return reindexer.status();
    }

    @WriteOperation
    public ReindexStatus start() {
        return reindexer.start();
    }
}
