package nl.samenwerkingskaart.portraits.domain.download;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download (RFC 6266) with the file's own name: {@code filename*} carries it in
 * UTF-8 (RFC 8187) for every current browser, {@code filename} an ASCII look-alike for the rest. Whatever the name
 * holds, the value stays one line of visible ASCII inside its quotes: no header can be smuggled in.
 */
public final class ContentDisposition {

    static final String FALLBACK_NAME = "download";

    /** RFC 8187's attr-char besides letters and digits: these need no percent-encoding. */
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        String name = withoutControlCharacters(fileName == null ? "" : fileName).strip();
        if (name.isEmpty()) {
            name = FALLBACK_NAME;
        }
        return "attachment; filename=\"" + asciiLookAlike(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Accents dropped (ë → e), dashes as {@code -}, quotes as {@code '}; anything else outside ASCII as {@code _}. */
    static String asciiLookAlike(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFKD).codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if (c == '"') {
                ascii.append('\'');
            } else if (c == '\\') {
                ascii.append('_');
            } else if (c >= 0x20 && c < 0x7F) {
                ascii.append((char) c);
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                ascii.append('-');
            } else {
                ascii.append('_');
            }
        });
        return ascii.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
