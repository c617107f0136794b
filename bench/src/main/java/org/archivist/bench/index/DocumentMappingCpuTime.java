package org.archivist.bench.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The cases of {@link DocumentMappingBenchmark} timed in CPU time of the calling thread rather than wall time, for a
 * machine shared with other work: JMH's average time on a loaded machine counts the time the thread waited for a
 * core. Each case is warmed up, then run in rounds; the median round's CPU time per operation is printed.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.archivist.bench.index.DocumentMappingCpuTime [rounds] [round-ms]</pre>
 */
public final class DocumentMappingCpuTime {

    private DocumentMappingCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        long roundNanos = (args.length > 1 ? Long.parseLong(args[1]) : 1_000) * 1_000_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DocumentMappingBenchmark benchmark = new DocumentMappingBenchmark();
        benchmark.buildFixture();
        List<Method> cases = Arrays.stream(DocumentMappingBenchmark.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        System.out.printf(Locale.ROOT, "%-30s %12s %12s %12s%n", "case", "cpu µs/op", "min", "max");
        for (Method method : cases) {
            OperationsPerInvocation per = method.getAnnotation(OperationsPerInvocation.class);
            int operations = per == null ? 1 : per.value();
            run(benchmark, method, threads, 3 * roundNanos);
            List<Double> perOperation = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long[] measured = run(benchmark, method, threads, roundNanos);
                perOperation.add(measured[0] / 1_000.0 / (measured[1] * operations));
            }
            perOperation.sort(null);
            System.out.printf(Locale.ROOT, "%-30s %12.1f %12.1f %12.1f%n", method.getName(),
                    perOperation.get(rounds / 2), perOperation.getFirst(), perOperation.getLast());
        }
    }

    /** Calls the case for about {@code wallNanos}; returns the thread's CPU nanoseconds and the number of calls. */
    private static long[] run(Object benchmark, Method method, ThreadMXBean threads, long wallNanos) throws Exception {
        long calls = 0;
        long sink = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + wallNanos;
        while (System.nanoTime() < end) {
            sink += System.identityHashCode(method.invoke(benchmark));
            calls++;
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] { cpu, calls };
    }
}
