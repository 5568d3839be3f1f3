package io.busgen.runtime.internal;

/**
 * The {@code duration} format: RFC 3339, Appendix A ({@code duration}), ISO 8601 durations as that grammar has them.
 *
 * <pre>
 * duration   = "P" (dur-date / dur-time / dur-week)
 * dur-date   = (dur-day / dur-month / dur-year) [dur-time]
 * dur-time   = "T" (dur-hour / dur-minute / dur-second)
 * dur-year   = 1*DIGIT "Y" [dur-month]      dur-month  = 1*DIGIT "M" [dur-day]     dur-day    = 1*DIGIT "D"
 * dur-hour   = 1*DIGIT "H" [dur-minute]     dur-minute = 1*DIGIT "M" [dur-second]  dur-second = 1*DIGIT "S"
 * dur-week   = 1*DIGIT "W"
 * </pre>
 *
 * <p>So the units come in order, none skipped between the first and the last ({@code P1Y2D} is not a duration),
 * weeks stand alone, a {@code T} is followed by at least one time unit, and numbers are ASCII digits of any length
 * (no sign, fraction or exponent). Letters are upper case only, as the grammar writes them.
 */
public final class DurationFormat {

    /** The date units, in the only order they may follow each other. */
    private static final String DATE_UNITS = "YMD";
    /** The time units, likewise. */
    private static final String TIME_UNITS = "HMS";

    private DurationFormat() {}

    /**
     * Whether {@code value} is an RFC 3339 {@code duration}.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isValid(String value) {
        if (value.length() < 3 || value.charAt(0) != 'P') {
            return false;
        }
        int t = value.indexOf('T');
        String date = t < 0 ? value.substring(1) : value.substring(1, t);
        if (t < 0 && date.length() >= 2 && date.charAt(date.length() - 1) == 'W') {
            return digits(date, 0, date.length() - 1);
        }
        if (!units(date, DATE_UNITS)) {
            return false;
        }
        if (t < 0) {
            return !date.isEmpty();
        }
        String time = value.substring(t + 1);
        return !time.isEmpty() && units(time, TIME_UNITS);
    }

    /**
     * Whether {@code text} is empty or a run of {@code 1*DIGIT unit} elements whose units are consecutive letters of
     * {@code order}.
     */
    private static boolean units(String text, String order) {
        int previous = -1;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i == text.length()) {
                return false;
            }
            int unit = order.indexOf(text.charAt(i));
            if (unit < 0 || (previous >= 0 && unit != previous + 1)) {
                return false;
            }
            previous = unit;
            i++;
        }
        return true;
    }

    /** Whether {@code text[from, to)} is one or more ASCII digits. */
    private static boolean digits(String text, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
