package nl.samenwerkingskaart.portraits.domain.download;

import java.util.Locale;

/**
 * What counts as a PDF: by its mime type; by its name only when the mime type says nothing (a browser that did not
 * know the type uploads {@code application/octet-stream}). One rule for the download and for publishing.
 */
public final class PdfType {

    public static final String MIME_TYPE = "application/pdf";

    private PdfType() {}

    public static boolean isPdf(String mimeType, String name) {
        String type = (mimeType == null ? "" : mimeType).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals(MIME_TYPE)) {
            return true;
        }
        return (type.isEmpty() || type.equals("application/octet-stream"))
                && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
