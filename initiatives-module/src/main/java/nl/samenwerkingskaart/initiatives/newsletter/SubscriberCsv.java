package nl.samenwerkingskaart.initiatives.newsletter;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The confirmed subscribers as CSV for the newsletter editors: UTF-8 with a byte-order mark (without it Excel reads
 * the file as the Windows code page and mangles every accent), CRLF line ends, every cell quoted (RFC 4180). A
 * cell that starts with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection): anyone can type such a name into the form.
 */
public final class SubscriberCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> COLUMNS = List.of("email", "name", "confirmed_at", "language");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private SubscriberCsv() {}

    /** Confirmed subscriptions only: a pending one is skipped, whatever the caller passes. */
    public static byte[] write(List<Subscription> subscriptions) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (Subscription subscription : subscriptions) {
            if (!subscription.isConfirmed()) {
                continue;
            }
            row(csv, List.of(subscription.email(),
                    subscription.name() == null ? "" : subscription.name(),
                    TIME.format(subscription.confirmedAt()),
                    NewsletterTexts.language(subscription.language()).getLanguage()));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One quoted cell: quotes doubled, a would-be formula defused. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
