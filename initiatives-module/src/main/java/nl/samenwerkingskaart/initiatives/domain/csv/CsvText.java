package nl.samenwerkingskaart.initiatives.domain.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file's bytes into text. UTF-8 with or without byte order mark is recognised; bytes that are not
 * valid UTF-8 are read as Windows-1252, which is what Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"
 * writes. The researcher may name the encoding instead.
 */
public final class CsvText {

    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "windows-1252";

    private CsvText() {}

    /** The encoding the bytes are most likely in: {@link #UTF_8} or {@link #WINDOWS_1252}. */
    public static String detectEncoding(byte[] bytes) {
        if (hasBom(bytes)) {
            return UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The text in the given encoding (one of the two above), without byte order mark. */
    public static String decode(byte[] bytes, String encoding) {
        Charset charset = WINDOWS_1252.equalsIgnoreCase(encoding) ? Charset.forName(WINDOWS_1252)
                : StandardCharsets.UTF_8;
        String text = new String(bytes, charset);
        return text.startsWith(CsvWriter.BOM) ? text.substring(1) : text;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
