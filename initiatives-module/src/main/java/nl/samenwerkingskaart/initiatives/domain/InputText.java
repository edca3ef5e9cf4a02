package nl.samenwerkingskaart.initiatives.domain;

/**
 * How submitted text is cleaned before it is checked. Only harmless characters are ever removed: surrounding spaces,
 * and the carriage returns that browsers put before every newline of a textarea. Any other control character is
 * kept so that the validator reports it instead of quietly changing what the submitter sent. Public so that
 * submissions follow exactly the same rules.
 */
public final class InputText {

    private InputText() {}

    /** Unicode-aware trim (also no-break spaces) that leaves control characters other than tab and newline alone. */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmable(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    private static boolean isTrimmable(char c) {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        return space && (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r');
    }

    /** Browsers send textarea line breaks as CRLF (HTML's form encoding); store them as LF. */
    public static String normaliseLineBreaks(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether the text holds a control character other than those allowed (for example tab and newline). */
    public static boolean hasControlCharacter(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && allowed.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Length as people count it: an emoji or other character outside the BMP is one character. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
