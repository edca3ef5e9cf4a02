package nl.samenwerkingskaart.portraits.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.PortraitState;
import nl.samenwerkingskaart.portraits.domain.PortraitValidator;
import nl.samenwerkingskaart.portraits.domain.download.PdfType;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.InvitationRequest;
import nl.samenwerkingskaart.portraits.domain.review.ReviewMails;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a portrait editor does with a review round: invite contacts, remind them, revoke or extend their links,
 * mark feedback handled, and publish the portrait, which ends the round. Every action runs in the editor's own
 * session (so the repository's access control decides who may) and is one commit.
 */
@Component(service = ReviewRound.class)
public class ReviewRound {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRound.class);

    private final MailSender mail;
    private final EventAdmin events;
    private final PortraitValidator validator;
    private final ReviewTokens tokens;
    private final Clock clock;

    @Activate
    public ReviewRound(@Reference MailSender mail, @Reference EventAdmin events,
            @Reference RegionDirectory regions) {
        this(mail, events, new PortraitValidator(regions::isLabourMarketRegion), new ReviewTokens(),
                Clock.systemUTC());
    }

    ReviewRound(MailSender mail, EventAdmin events, PortraitValidator validator, ReviewTokens tokens,
            Clock clock) {
        this.mail = mail;
        this.events = events;
        this.validator = validator;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The result of an invitation: the problems by field, or the invitation made. */
    public record Invited(Map<String, String> problems, Optional<Invitation> invitation, String messageKey) {}

    /**
     * Invites a contact to review a portrait that is not published, and mails the personal link.
     *
     * @param linkBase the review link without the token, e.g. {@code https://site/bin/.../review.html/}
     */
    public Invited invite(ResourceResolver editor, String portraitPath, InvitationRequest request, String linkBase)
            throws PersistenceException {
        Optional<Portrait> found = PortraitReader.read(editor.getResource(portraitPath));
        if (found.isEmpty()) {
            return new Invited(Map.of(), Optional.empty(), "console.portrait.unknown");
        }
        Portrait portrait = found.get();
        if (!state(editor, portrait).mayInvite()) {
            return new Invited(Map.of(), Optional.empty(), "invite.refused.published");
        }
        Map<String, String> problems = request.problems(mail::isPlausibleAddress);
        if (!problems.isEmpty()) {
            return new Invited(problems, Optional.empty(), "invite.refused.invalid");
        }
        String own = ownId(editor, portrait);
        String portraitId = own != null ? own : assignId(editor, portraitPath);
        String token = tokens.newToken();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID().toString(), ReviewTokens.hash(token), portraitId,
                request.name(), request.email(), request.language(), now, editor.getUserID(),
                ExpiryPolicy.expiry(now, request.days()), null, null, null);
        ReviewStore.addInvitation(editor, invitation, portraitPath);
        editor.commit();
        mail.send(ReviewMails.invitation(invitation, portrait.title(), linkBase + token));
        LOG.info("{} invited a contact to review {}", editor.getUserID(), portraitPath);
        return new Invited(Map.of(), Optional.of(invitation), "invite.done");
    }

    /** Sends the contact a reminder with a new link; the old link stops working. */
    public ActionOutcome remind(ResourceResolver editor, String portraitPath, String invitationId, String linkBase)
            throws PersistenceException {
        Optional<Portrait> portrait = PortraitReader.read(editor.getResource(portraitPath));
        Optional<Invitation> invitation = invitation(editor, portrait, invitationId);
        if (invitation.isEmpty()) {
            return ActionOutcome.refused("console.invitation.unknown");
        }
        if (!invitation.get().isActive(clock.instant()) || portrait.get().published()) {
            return ActionOutcome.refused("remind.refused.inactive");
        }
        String token = tokens.newToken();
        ReviewStore.reminded(editor, invitation.get(), ReviewTokens.hash(token), clock.instant());
        editor.commit();
        mail.send(ReviewMails.reminder(invitation.get(), portrait.get().title(), linkBase + token));
        return ActionOutcome.done("remind.done");
    }

    public ActionOutcome revoke(ResourceResolver editor, String portraitPath, String invitationId)
            throws PersistenceException {
        Optional<Invitation> invitation = invitation(editor, PortraitReader.read(editor.getResource(portraitPath)),
                invitationId);
        if (invitation.isEmpty()) {
            return ActionOutcome.refused("console.invitation.unknown");
        }
        if (invitation.get().revokedAt() == null) {
            ReviewStore.revoke(editor, invitation.get(), clock.instant());
            editor.commit();
        }
        return ActionOutcome.done("revoke.done");
    }

    public ActionOutcome extend(ResourceResolver editor, String portraitPath, String invitationId, int days)
            throws PersistenceException {
        Optional<Portrait> portrait = PortraitReader.read(editor.getResource(portraitPath));
        Optional<Invitation> invitation = invitation(editor, portrait, invitationId);
        if (invitation.isEmpty()) {
            return ActionOutcome.refused("console.invitation.unknown");
        }
        if (!ExpiryPolicy.isAllowed(days)) {
            return ActionOutcome.refused("invite.days.invalid");
        }
        Invitation current = invitation.get();
        if (current.revokedAt() != null || current.endedAt() != null || portrait.get().published()) {
            return ActionOutcome.refused("extend.refused.closed");
        }
        Instant now = clock.instant();
        ReviewStore.setExpiry(editor, current, ExpiryPolicy.extended(now, current.expiresAt(), days));
        editor.commit();
        return ActionOutcome.done("extend.done");
    }

    public ActionOutcome setHandled(ResourceResolver editor, String portraitPath, String feedbackId, boolean handled)
            throws PersistenceException {
        Optional<Portrait> portrait = PortraitReader.read(editor.getResource(portraitPath));
        if (portrait.isEmpty() || ownId(editor, portrait.get()) == null
                || !ReviewStore.setHandled(editor, portrait.get().id(), feedbackId, handled, editor.getUserID(),
                        clock.instant())) {
            return ActionOutcome.refused("console.feedback.unknown");
        }
        editor.commit();
        return ActionOutcome.done(handled ? "handled.done" : "reopened.done");
    }

    /**
     * Publishes a portrait when everything publishing needs is there; its review links end in the same commit.
     * Publishing is what Sling CMS's standalone publication does (docs/deployment.md says what this means for an
     * author/renderer setup).
     */
    public ActionOutcome publish(ResourceResolver editor, String portraitPath) throws PersistenceException {
        Resource page = editor.getResource(portraitPath);
        Optional<Portrait> found = PortraitReader.read(page);
        if (found.isEmpty()) {
            return ActionOutcome.refused("console.portrait.unknown");
        }
        Portrait portrait = found.get();
        if (portrait.published()) {
            return ActionOutcome.refused("publish.refused.already");
        }
        List<FieldProblem> problems = validator.problemsForPublishing(portrait, isPdf(editor, portrait.pdfPath()));
        if (!problems.isEmpty()) {
            return ActionOutcome.refused("publish.refused.incomplete", problems);
        }
        String own = ownId(editor, portrait);
        if (own != null) {
            ReviewStore.endAll(editor, own, clock.instant());
        }
        SlingCmsPublication.markPublished(PortraitReader.content(page), clock.instant(), editor.getUserID());
        editor.commit();
        events.postEvent(SlingCmsPublication.publishedEvent(portraitPath));
        LOG.info("{} published portrait {}", editor.getUserID(), portraitPath);
        return ActionOutcome.done("publish.done");
    }

    /** The portrait's state as the editor's session sees it. */
    public PortraitState state(ResourceResolver resolver, Portrait portrait) {
        Instant now = clock.instant();
        String own = ownId(resolver, portrait);
        boolean active = own != null
                && ReviewStore.invitations(resolver, own).stream().anyMatch(i -> i.isActive(now));
        return PortraitState.of(portrait.published(), active);
    }

    /** What publishing a portrait still needs, for the console; empty when it can be published. */
    public List<FieldProblem> problemsForPublishing(ResourceResolver resolver, Portrait portrait) {
        return validator.problemsForPublishing(portrait, isPdf(resolver, portrait.pdfPath()));
    }

    static boolean isPdf(ResourceResolver resolver, String path) {
        Resource file = path == null ? null : resolver.getResource(path);
        if (file == null) {
            return false;
        }
        Resource content = file.getChild("jcr:content");
        return content != null && content.getValueMap().get("jcr:data") != null
                && PdfType.isPdf(content.getValueMap().get("jcr:mimeType", ""), file.getName());
    }

    private Optional<Invitation> invitation(ResourceResolver editor, Optional<Portrait> portrait, String id) {
        if (portrait.isEmpty() || ownId(editor, portrait.get()) == null || id == null
                || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return ReviewStore.invitation(editor, portrait.get().id(), id);
    }

    /**
     * The page's review id when the review data of that id are this page's; null when it has none, or when it is a
     * copy of a page in review (a copy carries its original's portraitId, and must not take over its round: the
     * original's links would open the copy). A moved page keeps its id: no page at the recorded path carries it.
     */
    public static String ownId(ResourceResolver resolver, Portrait portrait) {
        if (portrait.id() == null) {
            return null;
        }
        Optional<String> recorded = ReviewStore.portraitPath(resolver, portrait.id());
        if (recorded.isEmpty() || recorded.get().equals(portrait.path())) {
            return portrait.id();
        }
        boolean original = PortraitReader.read(resolver.getResource(recorded.get()))
                .map(other -> portrait.id().equals(other.id())).orElse(false);
        return original ? null : portrait.id();
    }

    private static String assignId(ResourceResolver editor, String portraitPath) {
        String id = UUID.randomUUID().toString();
        Resource content = PortraitReader.content(editor.getResource(portraitPath));
        content.adaptTo(ModifiableValueMap.class).put(PortraitProperties.ID, id);
        return id;
    }
}
