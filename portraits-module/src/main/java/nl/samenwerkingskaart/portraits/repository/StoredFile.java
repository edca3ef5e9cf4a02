package nl.samenwerkingskaart.portraits.repository;

/**
 * A file in the repository (Static Content), as a download link describes it.
 *
 * @param path the file's path
 * @param bytes its size in bytes; -1 when it cannot be told
 * @param mimeType its type, e.g. {@code application/pdf}; empty when not recorded
 */
public record StoredFile(String path, long bytes, String mimeType) {

    /** The file's format for visitors: {@code PDF} for a PDF, else the extension of its name in capitals. */
    public String format() {
        if ("application/pdf".equalsIgnoreCase(mimeType)) {
            return "PDF";
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT) : "";
    }
}
