package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProcStatTests {

    private static final String AFTER_COMM = "S 1 3833 1343 0 -1 4194304 48928 84 0 0 1242 166 0 0 20 0 51 0 1003613"
            + " 2714103808 53941 18446744073709551615";

    @Test
    void addsUserAndSystemTicks() {
        assertThat(ProcStat.cpuTicks("5224 (java) " + AFTER_COMM)).isEqualTo(1242 + 166);
    }

    @Test
    void countsFieldsFromTheLastParenthesisOfACommandNameWithSpacesAndParentheses() {
        assertThat(ProcStat.cpuTicks("77 (my (odd) name) 1 2) " + AFTER_COMM)).isEqualTo(1242 + 166);
    }

    @Test
    void rejectsTextThatIsNotAStatLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.cpuTicks("no command name here"));
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.cpuTicks("1 (java) S 1 2"));
    }

    @Test
    void readsTheResidentSetFromStatus() {
        String status = "Name:\tjava\nVmPeak:\t 2714104 kB\nVmRSS:\t  215764 kB\nRssAnon:\t  180000 kB\n";

        assertThat(ProcStat.residentKilobytes(status)).isEqualTo(215_764);
    }

    @Test
    void rejectsAStatusWithoutResidentSet() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.residentKilobytes("Name:\tkthreadd\n"));
    }
}
