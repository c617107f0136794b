package org.archivist.bench.load;

import java.util.Locale;

/**
 * One row of the targets table (issue #12) and the last line of a report that says whether the run met it, e.g.
 * {@code target pipeline / raw _bulk >= 0.60: 0.41 — not met}.
 *
 * @param measure    what is measured, as the line names it
 * @param comparison how the figure must compare with the threshold
 * @param threshold  the target
 * @param unit       appended to both numbers, with its leading space if it wants one ({@code " ms"}, {@code "×"})
 * @param decimals   digits after the point for both numbers
 */
record Target(String measure, Comparison comparison, double threshold, String unit, int decimals) {

    enum Comparison {
        AT_LEAST(">="), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case AT_MOST -> value <= threshold;
                case BELOW -> value < threshold;
            };
        }
    }

    /** The verdict on {@code value}; a value that is not a number (nothing measured) is reported as such. */
    String verdict(double value) {
        return verdict(value, "");
    }

    /** The verdict on {@code value}, with {@code detail} after the figure (e.g. which process it is). */
    String verdict(double value, String detail) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return notMeasured("no figure came out of the run");
        }
        return "%s: %s%s — %s".formatted(head(), format(value), detail.isEmpty() ? "" : " (" + detail + ")",
                comparison.holds(value, threshold) ? "met" : "not met");
    }

    String notMeasured(String why) {
        return head() + ": not measured (" + why + ")";
    }

    private String head() {
        return "target " + measure + " " + comparison.symbol + " " + format(threshold);
    }

    private String format(double number) {
        return String.format(Locale.ROOT, "%." + decimals + "f", number) + unit;
    }
}
