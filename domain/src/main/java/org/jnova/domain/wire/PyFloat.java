package org.jnova.domain.wire;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back to the same double, written in
 * fixed notation unless the decimal exponent is below -4 or at least 16 ({@code 1e-05}, {@code 1e+16}).
 * Java 17's {@code Double.toString} is not always the shortest, so the digits are searched here.
 */
final class PyFloat {
    private PyFloat() {
    }

    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // common case: integral values below 1e16 print as "<long>.0"
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return Long.toString((long) d) + ".0";
        }
        BigDecimal shortest = shortestDigits(d);
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        return format(d < 0, digits, decpt);
    }

    /** Python {@code repr} of a float, usable inside Python literals (same text as JSON except inf/nan). */
    static String pythonRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return repr(d);
    }

    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            MathContext nearest = new MathContext(p, RoundingMode.HALF_EVEN);
            BigDecimal c = exact.round(nearest);
            if (c.doubleValue() == d) {
                return c.stripTrailingZeros();
            }
            // at a power of two the upper gap is twice the lower one: the other neighbour may fit
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
            if (up.doubleValue() == d) {
                return up.stripTrailingZeros();
            }
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
            if (down.doubleValue() == d) {
                return down.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String format(boolean negative, String digits, int decpt) {
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        int n = digits.length();
        int exp = decpt - 1;
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt < n) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        } else {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        }
        return sb.toString();
    }
}
