package nl.samenwerkingskaart.initiatives.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;

/**
 * Where the researchers' console lives. The pages are Sling CMS console pages under
 * {@code /apps/sling-cms/content/samenwerking}, which the CMS serves as {@code /cms/samenwerking/...}.
 */
public final class ConsolePaths {

    /** The one servlet that changes initiatives on behalf of the console. */
    public static final String SERVLET = "/bin/samenwerkingskaart/console/initiatives";

    public static final String LIST_PAGE = "/cms/samenwerking/initiatives.html";
    /** Followed by the initiative's path as suffix; without a suffix it creates a new initiative. */
    public static final String FORM_PAGE = "/cms/samenwerking/initiative.html";
    public static final String DELETE_PAGE = "/cms/samenwerking/initiative-delete.html";

    /** The form page by its repository path, for forwarding to it from the servlet. */
    static final String FORM_PAGE_RESOURCE = "/mnt/overlay/sling-cms/content/samenwerking/initiative.html";

    /** Request attributes that carry a refused submission back into the form. */
    public static final String ATTR_FORM = "nl.samenwerkingskaart.console.form";
    public static final String ATTR_ERRORS = "nl.samenwerkingskaart.console.errors";

    private ConsolePaths() {}

    /** The suffix that addresses an initiative on the console pages. */
    public static String suffix(String id) {
        return InitiativeRepository.DATA_ROOT + "/" + id;
    }

    /**
     * The id from a console page's suffix, or null when the suffix does not address an initiative. Only well-formed
     * ids directly under the data root pass, so a suffix can never lead the console elsewhere in the repository.
     */
    public static String idFromSuffix(String suffix) {
        String prefix = InitiativeRepository.DATA_ROOT + "/";
        if (suffix == null || !suffix.startsWith(prefix)) {
            return null;
        }
        String id = suffix.substring(prefix.length());
        return InitiativeIds.isValid(id) ? id : null;
    }

    public static String formUrl(String id) {
        return id == null ? FORM_PAGE : FORM_PAGE + suffix(id);
    }

    public static String deleteUrl(String id) {
        return DELETE_PAGE + suffix(id);
    }

    /** A query string (without '?') of the non-empty parameters, in the map's order. */
    public static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                if (query.length() > 0) {
                    query.append('&');
                }
                query.append(encode(name)).append('=').append(encode(value));
            }
        });
        return query.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
