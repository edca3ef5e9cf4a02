package nl.samenwerkingskaart.initiatives.moderation;

import java.util.Map;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may decide on submissions, and the session a decision is written with.
 *
 * <p>Researchers read submissions but may not write them (repoinit): with write access, Sling's default POST
 * servlet would let them set a submission's state or history directly, past the moderation rules. A decision is
 * therefore written by the service user {@code samenwerking-moderation}, once the caller is known to be a moderator,
 * and names that caller explicitly.
 */
@Component(service = ModerationSessions.class)
public class ModerationSessions {

    static final String SUBSERVICE = "moderation";
    /** Erasing a submitter's data at their request: mapped to the anonymiser, which may write submissions only. */
    static final String ERASURE_SUBSERVICE = "submitter-erasure";
    private static final String ANONYMOUS = "anonymous";

    @Reference
    private ResourceResolverFactory resolverFactory;

    public ModerationSessions() {}

    /** For tests: the factory whose service sessions are used. */
    public ModerationSessions(ResourceResolverFactory resolverFactory) {
        this.resolverFactory = resolverFactory;
    }

    /**
     * The caller's user id if they may moderate, else null. Moderators are those who can read the submissions
     * folder: repoinit grants that to the group {@code researchers} only (administrators read everything) and takes
     * it from site editors explicitly.
     */
    public String moderator(ResourceResolver caller) {
        String id = caller.getUserID();
        if (id == null || ANONYMOUS.equals(id) || caller.getResource(SubmissionRepository.DATA_ROOT) == null) {
            return null;
        }
        return id;
    }

    /** A new session of the moderation service user; the caller closes it. */
    public ResourceResolver open() throws LoginException {
        return resolverFactory.getServiceResourceResolver(Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE));
    }

    /** A new session that may rewrite submissions (a submitter's erasure), nothing else; the caller closes it. */
    public ResourceResolver openForErasure() throws LoginException {
        return resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, ERASURE_SUBSERVICE));
    }
}
