package nl.samenwerkingskaart.initiatives.submission;

/**
 * The few text operations the submission rules need. They mirror the domain package's (package-private)
 * {@code InputText} so that a submitter's name is trimmed and counted exactly like an initiative's name.
 */
final class SubmittedText {

    private SubmittedText() {}

    /** Trims spaces, including no-break spaces, but no control characters other than tab and line breaks. */
    static String trim(String s) {
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

    private static boolean isTrimmable(char c) {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        return space && (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r');
    }

    static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** Textarea line breaks arrive as CRLF; they are stored as LF. */
    static String normaliseLineBreaks(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static boolean hasControlCharacter(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && allowed.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Length as people count it: an emoji is one character. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
