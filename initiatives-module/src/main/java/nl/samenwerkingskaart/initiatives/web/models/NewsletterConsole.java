package nl.samenwerkingskaart.initiatives.web.models;

import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTexts;
import nl.samenwerkingskaart.initiatives.newsletter.Subscription;
import nl.samenwerkingskaart.initiatives.newsletter.repository.SubscriptionStore;
import nl.samenwerkingskaart.initiatives.web.newsletter.NewsletterExportServlet;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;

/**
 * The newsletter editors' console page (Manage, Newsletter): counts and the CSV download, read in the signed-in
 * user's own session, so the repository's access control decides who sees anything.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class NewsletterConsole {

    @SlingObject
    private SlingHttpServletRequest request;

    private boolean allowed;
    private long confirmed;
    private long pending;

    @PostConstruct
    void init() {
        SubscriptionStore store = new SubscriptionStore();
        allowed = store.canRead(request.getResourceResolver());
        if (allowed) {
            List<Subscription> all = store.all(request.getResourceResolver());
            confirmed = all.stream().filter(Subscription::isConfirmed).count();
            pending = all.size() - confirmed;
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public long getConfirmed() {
        return confirmed;
    }

    public long getPending() {
        return pending;
    }

    public String getDownloadUrl() {
        return request.getContextPath() + NewsletterExportServlet.PATH + ".csv";
    }

    public Map<String, String> getText() {
        return NewsletterTexts.all(NewsletterTexts.language(request.getLocale()), "console.");
    }
}
