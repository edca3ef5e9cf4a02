package nl.samenwerkingskaart.portraits.web.models;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ReviewRound;
import nl.samenwerkingskaart.portraits.web.ConsolePaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * Manage → Portraits: every portrait page the editor's session can see, with its state, regions, active review
 * links, open feedback and what publishing it still needs.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PortraitConsoleList {

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private ReviewRound round;

    @OSGiService
    private RegionDirectory regions;

    private List<Row> rows;
    private ConsoleTexts texts;
    private boolean editor;

    /** One portrait in the list. */
    public record Row(String title, String path, String consoleUrl, String state, String regions,
            long activeLinks, long openFeedback, int missing) {
        public String getTitle() { return title; }
        public String getPath() { return path; }
        public String getConsoleUrl() { return consoleUrl; }
        public String getState() { return state; }
        public String getRegions() { return regions; }
        public long getActiveLinks() { return activeLinks; }
        public long getOpenFeedback() { return openFeedback; }
        public int getMissing() { return missing; }
    }

    @PostConstruct
    void init() {
        texts = new ConsoleTexts(request);
        ResourceResolver resolver = request.getResourceResolver();
        editor = resolver.getResource(ReviewStore.ROOT) != null;
        Instant now = Instant.now();
        rows = PortraitPages.under(resolver, PortraitPages.CONTENT_ROOT).stream()
                .map(portrait -> row(resolver, portrait, now))
                .toList();
    }

    private Row row(ResourceResolver resolver, Portrait portrait, Instant now) {
        long active = 0;
        long open = 0;
        String reviewId = editor ? ReviewRound.ownId(resolver, portrait) : null;
        if (reviewId != null) {
            active = ReviewStore.invitations(resolver, reviewId).stream().filter(i -> i.isActive(now)).count();
            open = ReviewStore.feedback(resolver, reviewId).stream().filter(f -> !f.isHandled()).count();
        }
        String regionNames = String.join(", ", portrait.regions().stream()
                .map(code -> regions.labourMarketRegions().getOrDefault(code, code)).toList());
        return new Row(portrait.title().isEmpty() ? portrait.path() : portrait.title(), portrait.path(),
                ConsolePaths.portrait(request.getContextPath(), portrait.path(), null),
                round.state(resolver, portrait).code(), regionNames, active, open,
                round.problemsForPublishing(resolver, portrait).size());
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Whether the signed-in user is a portrait editor (may read review data). */
    public boolean isEditor() {
        return editor;
    }

    public Map<String, String> getText() {
        return texts.all();
    }
}
