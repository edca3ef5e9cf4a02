package nl.samenwerkingskaart.initiatives.web;

import java.util.Arrays;

/** Conditional-request and content-negotiation rules of RFC 9110 that our endpoints need. */
public final class HttpCaching {

    private HttpCaching() {}

    /** True when an If-None-Match header matches the ETag (weak comparison, as GET requires). */
    public static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String trimmed = ifNoneMatch.trim();
        if (trimmed.equals("*")) {
            return true;
        }
        String opaque = opaque(etag);
        return Arrays.stream(trimmed.split(","))
                .map(String::trim)
                .anyMatch(candidate -> opaque(candidate).equals(opaque));
    }

    /** True when the client accepts gzip (and did not refuse it with q=0). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim();
            if (coding.equals("gzip") || coding.equals("*")) {
                return !refused(pieces);
            }
        }
        return false;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String param = pieces[i].trim();
            if (param.startsWith("q=")) {
                try {
                    return Double.parseDouble(param.substring(2)) <= 0.0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
