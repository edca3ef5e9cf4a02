package nl.samenwerkingskaart.initiatives.web.models;

import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import nl.samenwerkingskaart.initiatives.web.console.ReturnQuery;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The confirmation step before deleting an initiative ({@code samenwerking/components/cms/initiativedelete}); the
 * initiative is the page's suffix. Deleting is a POST from this page only, never a link.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class InitiativeDeleteModel {

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private InitiativeRepository repository;

    private Initiative initiative;

    @PostConstruct
    void init() {
        String id = ConsolePaths.idFromSuffix(request.getRequestPathInfo().getSuffix());
        initiative = id == null ? null : repository.find(request.getResourceResolver(), id).orElse(null);
    }

    public boolean isFound() {
        return initiative != null;
    }

    public String getId() {
        return initiative == null ? null : initiative.id();
    }

    public String getName() {
        return initiative == null ? null : initiative.name();
    }

    public boolean isPublished() {
        return initiative != null && initiative.published();
    }

    /** The list view to return to, with only the list's own parameters kept. */
    public String getReturnQuery() {
        return ReturnQuery.sanitise(request.getParameter("return"));
    }

    public String getEditUrl() {
        return initiative == null ? null : ConsolePaths.formUrl(initiative.id());
    }
}
