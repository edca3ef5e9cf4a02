package nl.samenwerkingskaart.initiatives.web;

import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/** What our public form endpoints (submissions, newsletter, the still-current link) check of a request before they read its fields. */
public final class FormRequests {

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private FormRequests() {}

    /** Whether the body is form-encoded, whatever the charset parameter says. */
    public static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FORM_CONTENT_TYPE.equals(type);
    }

    /**
     * Names and values as characters: never more than the encoded body, so a limit on it errs on the kind side.
     * For a body something before us has already read (or one sent without a Content-Length).
     */
    public static long decodedSize(Map<String, String[]> parameters) {
        long size = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                size += parameter.getKey().length() + (value == null ? 0 : value.length()) + 2;
            }
        }
        return size;
    }

    /** Whether the body is over the limit, by its declared length or, once read, by its fields. */
    public static boolean isLargerThan(HttpServletRequest request, long maxBytes) {
        return request.getContentLength() > maxBytes || decodedSize(request.getParameterMap()) > maxBytes;
    }
}
