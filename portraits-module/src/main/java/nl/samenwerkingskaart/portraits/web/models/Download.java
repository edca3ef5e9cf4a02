package nl.samenwerkingskaart.portraits.web.models;

import java.text.NumberFormat;
import java.util.Locale;
import nl.samenwerkingskaart.portraits.repository.StoredFile;

/** A download link with what a visitor needs to know before following it: format and size, e.g. "PDF, 1,2 MB". */
public final class Download {

    private final String url;
    private final String format;
    private final long bytes;
    private final String size;

    Download(String url, StoredFile file, Locale locale) {
        this.url = url;
        this.format = file.format();
        this.bytes = file.bytes();
        this.size = size(file.bytes(), locale);
    }

    public String getUrl() {
        return url;
    }

    public String getFormat() {
        return format;
    }

    public long getBytes() {
        return bytes;
    }

    /** The size in the page's language, e.g. "1,2 MB" or "85 kB"; empty when unknown. */
    public String getSize() {
        return size;
    }

    /** Format and size, e.g. "PDF, 1,2 MB". */
    public String getLabel() {
        if (size.isEmpty()) {
            return format;
        }
        return format.isEmpty() ? size : format + ", " + size;
    }

    /** Decimal units, as browsers and operating systems show file sizes. */
    static String size(long bytes, Locale locale) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (bytes < 1_000_000) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.max(1, Math.round(bytes / 1_000.0))) + " kB";
        }
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / 1_000_000.0) + " MB";
    }
}
