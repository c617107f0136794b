package org.archivist.testing;

import org.archivist.testing.AccessTable.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of each service's access-table IT: the subclass declares its rows in a static {@code table()} method,
 * and every row becomes one call whose status {@link AccessTable#assertAnswer} checks, before the subclass's own
 * tests ({@code @Order(2)} and later). The audit lines the table causes are captured in {@link #logs}, so they do
 * not flood the build log and tests can assert on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class AccessTableTest {

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    protected LogCapture logs;

    @BeforeAll
    protected void captureLogs() {
        logs = LogCapture.start();
    }

    @AfterAll
    protected void stopCapturingLogs() {
        logs.close();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    protected void callerGetsTheStatusOfItsRole(Row row) {
        AccessTable.assertAnswer(row, row.call(port, managementPort));
    }
}
