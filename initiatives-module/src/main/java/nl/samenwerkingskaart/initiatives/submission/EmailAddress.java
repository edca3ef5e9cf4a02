package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.InputText;
/**
 * A pragmatic e-mail address check. The full RFC 5322 grammar accepts addresses no mail server delivers to and
 * mistakes no person makes; what matters is catching typing errors (a missing @, a domain without a dot, a space)
 * before a researcher finds out the reply bounces. Whether the address works only sending mail can tell. Public
 * because the e-mails to submitters check their recipient again.
 */
public final class EmailAddress {

    /** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
    public static final int MAX_LENGTH = 254;

    /**
     * RFC 5322's specials other than '@' and '.': never part of a plain unquoted address, and what markup
     * ({@code <script>}) or a display name or a second mailbox ({@code "A" <a@b.nl>, c@d.nl}) would be made of.
     */
    private static final String SPECIALS = "()<>[]:;,\\\"";

    private EmailAddress() {}

    public static boolean isPlausible(String address) {
        if (address.length() > MAX_LENGTH || InputText.hasControlCharacter(address, "")) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            if (Character.isWhitespace(address.charAt(i)) || Character.isSpaceChar(address.charAt(i))
                    || SPECIALS.indexOf(address.charAt(i)) >= 0) {
                return false;
            }
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@')) {
            return false;
        }
        String domain = address.substring(at + 1);
        return domain.indexOf('.') > 0 && !domain.endsWith(".") && !domain.contains("..");
    }
}
