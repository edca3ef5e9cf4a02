package nl.samenwerkingskaart.portraits.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackForm;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact's side of a review round, for people without a CMS account: a token opens its own draft portrait
 * and takes feedback on it. Review data are read and written with the service user {@value #SUBSERVICE}, which
 * may do nothing else.
 */
@Component(service = ReviewDesk.class)
public class ReviewDesk {

    static final String SUBSERVICE = "portrait-reviews";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewDesk.class);

    private final ResourceResolverFactory resolvers;
    private final Clock clock;

    @Activate
    public ReviewDesk(@Reference ResourceResolverFactory resolvers) {
        this(resolvers, Clock.systemUTC());
    }

    ReviewDesk(ResourceResolverFactory resolvers, Clock clock) {
        this.resolvers = resolvers;
        this.clock = clock;
    }

    /** What a token opens: the verdict, and when open, the invitation and its portrait. */
    public record Opening(ReviewVerdict verdict, Optional<Invitation> invitation, Optional<Portrait> portrait) {

        public boolean isOpen() {
            return verdict == ReviewVerdict.OPEN;
        }
    }

    /** Checks a token: never throws for anything a visitor can send. */
    public Opening open(String token) {
        if (!ReviewTokens.hasTokenShape(token)) {
            return new Opening(ReviewVerdict.UNKNOWN, Optional.empty(), Optional.empty());
        }
        try (ResourceResolver resolver = serviceResolver()) {
            return open(resolver, token);
        }
    }

    /** The result of sending feedback: the verdict on the token, and the form's problems by field. */
    public record Sent(ReviewVerdict verdict, Map<String, String> problems, int stored) {}

    /** Stores a contact's feedback, all remarks in one commit or none. */
    public Sent send(String token, Map<String, String> fields) throws PersistenceException {
        if (!ReviewTokens.hasTokenShape(token)) {
            return new Sent(ReviewVerdict.UNKNOWN, Map.of(), 0);
        }
        try (ResourceResolver resolver = serviceResolver()) {
            Opening opening = open(resolver, token);
            if (!opening.isOpen()) {
                return new Sent(opening.verdict(), Map.of(), 0);
            }
            FeedbackForm.Result form = FeedbackForm.read(fields);
            if (!form.isValid()) {
                return new Sent(ReviewVerdict.OPEN, form.problems(), 0);
            }
            Instant now = clock.instant();
            for (Map.Entry<Section, String> remark : form.remarks().entrySet()) {
                ReviewStore.addFeedback(resolver, opening.invitation().get(), remark.getKey(), remark.getValue(), now);
            }
            resolver.commit();
            LOG.info("Stored {} remark(s) on portrait {}", form.remarks().size(), opening.portrait().get().path());
            return new Sent(ReviewVerdict.OPEN, Map.of(), form.remarks().size());
        }
    }

    /**
     * Runs {@code work} with the review service user's resolver while the token is open (for the draft's PDF,
     * which must be streamed before the resolver closes); empty when it is not.
     */
    public <T> Optional<T> withOpenPortrait(String token, PortraitWork<T> work) throws java.io.IOException {
        if (!ReviewTokens.hasTokenShape(token)) {
            return Optional.empty();
        }
        try (ResourceResolver resolver = serviceResolver()) {
            Opening opening = open(resolver, token);
            if (!opening.isOpen()) {
                return Optional.empty();
            }
            return Optional.ofNullable(work.apply(resolver, opening.portrait().get()));
        }
    }

    /** Work on an open portrait with the service user's resolver. */
    @FunctionalInterface
    public interface PortraitWork<T> {
        T apply(ResourceResolver resolver, Portrait portrait) throws java.io.IOException;
    }

    private Opening open(ResourceResolver resolver, String token) {
        Optional<Invitation> invitation = ReviewStore.findInvitation(resolver, ReviewTokens.hash(token));
        Optional<Portrait> portrait = invitation.flatMap(found -> portrait(resolver, found.portraitId()));
        ReviewVerdict verdict = ReviewVerdict.of(invitation, portrait.map(Portrait::published).orElse(null),
                clock.instant());
        return new Opening(verdict, verdict == ReviewVerdict.OPEN ? invitation : Optional.empty(),
                verdict == ReviewVerdict.OPEN ? portrait : Optional.empty());
    }

    /**
     * The portrait page of a review round: at the path recorded with the round, or, when the page was moved since,
     * the one page under /content that carries the round's id (none when copies make it ambiguous).
     */
    private static Optional<Portrait> portrait(ResourceResolver resolver, String portraitId) {
        Optional<Portrait> recorded = ReviewStore.portraitPath(resolver, portraitId)
                .flatMap(path -> PortraitReader.read(resolver.getResource(path)))
                .filter(found -> portraitId.equals(found.id()));
        if (recorded.isPresent()) {
            return recorded;
        }
        List<Portrait> carrying = PortraitPages.under(resolver, PortraitPages.CONTENT_ROOT).stream()
                .filter(found -> portraitId.equals(found.id()))
                .toList();
        return carrying.size() == 1 ? Optional.of(carrying.get(0)) : Optional.empty();
    }

    private ResourceResolver serviceResolver() {
        try {
            return resolvers.getServiceResourceResolver(Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE));
        } catch (LoginException e) {
            throw new IllegalStateException("The review service user is not set up (repoinit)", e);
        }
    }
}
