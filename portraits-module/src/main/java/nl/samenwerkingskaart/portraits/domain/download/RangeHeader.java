package nl.samenwerkingskaart.portraits.domain.download;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code Range} header (RFC 9110, 14.2) against a file's length. We serve one range: {@code bytes=a-b},
 * {@code bytes=a-} and {@code bytes=-n}. A header with several ranges is answered with the whole file, as the RFC
 * allows (a server may ignore Range), which spares us multipart/byteranges; so is any header that is not valid.
 */
public final class RangeHeader {

    private static final int MAX_DIGITS = 18;

    private RangeHeader() {}

    public static RangeSelection select(String header, long length) {
        if (header == null) {
            return RangeSelection.WHOLE;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return RangeSelection.WHOLE;
        }
        List<String> specs = Arrays.stream(header.substring(equals + 1).split(",", -1))
                .map(String::strip)
                .filter(spec -> !spec.isEmpty())
                .toList();
        return specs.size() == 1 ? selectOne(specs.get(0), length) : RangeSelection.WHOLE;
    }

    private static RangeSelection selectOne(String spec, long length) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return RangeSelection.WHOLE;
        }
        String first = spec.substring(0, dash);
        String last = spec.substring(dash + 1);
        if (first.isEmpty()) {
            return isNumber(last) ? suffix(number(last), length) : RangeSelection.WHOLE;
        }
        if (!isNumber(first) || !(last.isEmpty() || isNumber(last))) {
            return RangeSelection.WHOLE;
        }
        long from = number(first);
        long to = last.isEmpty() ? Long.MAX_VALUE : number(last);
        if (to < from) {
            return RangeSelection.WHOLE;
        }
        if (from >= length) {
            return RangeSelection.UNSATISFIABLE;
        }
        return RangeSelection.part(new ByteRange(from, Math.min(to, length - 1), length));
    }

    /** The last {@code count} bytes; all of them when the file is shorter. {@code -0} selects nothing. */
    private static RangeSelection suffix(long count, long length) {
        if (count == 0 || length == 0) {
            return RangeSelection.UNSATISFIABLE;
        }
        return RangeSelection.part(new ByteRange(Math.max(0, length - count), length - 1, length));
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The value of a digit string; longer ones than a long holds count as {@link Long#MAX_VALUE}. */
    private static long number(String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(significant);
    }
}
