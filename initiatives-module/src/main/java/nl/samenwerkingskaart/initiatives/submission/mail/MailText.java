package nl.samenwerkingskaart.initiatives.submission.mail;

/**
 * Makes text that visitors or researchers wrote safe to put into a plain-text e-mail. Two rules:
 * <ul>
 *   <li>a <em>line</em> (anything that may end up in a header, such as the subject, and short values such as an
 *       initiative's name) has no line break or other control character at all, so it cannot start a header of its
 *       own, and no invisible formatting character (a right-to-left override can make a name read as something
 *       else);</li>
 *   <li>a <em>paragraph</em> (a researcher's reason) keeps its line breaks and tabs, and loses every other control
 *       character.</li>
 * </ul>
 * Markup needs no escaping: the mails are text/plain, so a {@code <script>} shows as the characters it is.
 */
public final class MailText {

    private static final char ELLIPSIS = '…';

    private MailText() {}

    /**
     * One line of at most {@code maxLength} characters (code points): line breaks and tabs become a space, runs of
     * white space one space, other control and format characters disappear; cut with an ellipsis when longer.
     */
    public static String line(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLineBreakOrSpace(c)) {
                space = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return cut(out.toString(), maxLength);
    }

    /**
     * A paragraph: line breaks normalised to {@code \n}, tabs kept, every other control or format character removed,
     * surrounding white space trimmed; cut with an ellipsis when longer than {@code maxLength} code points.
     */
    public static String paragraph(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u0085', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\t' || !isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return cut(out.toString().strip(), maxLength);
    }

    /** Whether the text could break out of a header: any control character or Unicode line separator in it. */
    public static boolean isSingleLine(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static boolean isLineBreakOrSpace(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || c == '\u2028' || c == '\u2029';
    }

    private static String cut(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
