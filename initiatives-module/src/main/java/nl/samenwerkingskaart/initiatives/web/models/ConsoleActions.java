package nl.samenwerkingskaart.initiatives.web.models;

import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/** What every console page's forms need: where they post, the CSRF token for the signed-in user, the list. */
@Model(adaptables = SlingHttpServletRequest.class)
public class ConsoleActions {

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private CsrfTokens csrfTokens;

    public String getCsrfToken() {
        return csrfTokens.tokenFor(request);
    }

    public String getCsrfParameter() {
        return CsrfTokens.PARAMETER;
    }

    public String getActionUrl() {
        return ConsolePaths.SERVLET;
    }

    public String getListUrl() {
        return ConsolePaths.LIST_PAGE;
    }
}
