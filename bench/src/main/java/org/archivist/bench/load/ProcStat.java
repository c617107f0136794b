package org.archivist.bench.load;

/**
 * Reads the two figures the report needs from Linux's per-process files: CPU time from {@code /proc/<pid>/stat}
 * and resident memory from {@code /proc/<pid>/status}.
 */
final class ProcStat {

    /** utime and stime are fields 14 and 15 of {@code stat}; counted from the state, field 3, they are 11 and 12. */
    private static final int UTIME_AFTER_STATE = 11;

    private ProcStat() {
    }

    /**
     * User plus system CPU time in clock ticks, from one {@code /proc/<pid>/stat} line. The command name (field 2)
     * is in parentheses and may itself hold spaces and parentheses, so the fields are counted from its last
     * {@code )}.
     */
    static long cpuTicks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            throw new IllegalArgumentException("Not a /proc/<pid>/stat line: " + stat);
        }
        String[] fields = stat.substring(end + 1).strip().split("\\s+");
        if (fields.length <= UTIME_AFTER_STATE + 1) {
            throw new IllegalArgumentException("Too few fields in /proc/<pid>/stat: " + stat);
        }
        return Long.parseLong(fields[UTIME_AFTER_STATE]) + Long.parseLong(fields[UTIME_AFTER_STATE + 1]);
    }

    /** The {@code VmRSS} of a {@code /proc/<pid>/status} text, in kB (the kernel's kB are KiB). */
    static long residentKilobytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).strip().split("\\s+");
                return Long.parseLong(fields[0]);
            }
        }
        throw new IllegalArgumentException("No VmRSS line: a kernel thread, or not a /proc/<pid>/status text");
    }
}
