package nl.samenwerkingskaart.portraits.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackItem;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.InvitationStatus;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class ReviewStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String TWENTE = "/content/site/portretten/twente";
    private static final String DRENTHE = "/content/site/portretten/drenthe";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final ReviewTokens tokens = new ReviewTokens();
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() {
        resolver = context.resourceResolver();
    }

    private Invitation invitation(String portraitId, String name, String token, Instant invitedAt) {
        return new Invitation(UUID.randomUUID().toString(), ReviewTokens.hash(token), portraitId, name,
                name.toLowerCase(Locale.ROOT) + "@example.nl", Locale.ENGLISH, invitedAt, "editor",
                invitedAt.plus(Duration.ofDays(21)), null, null, null);
    }

    private Invitation store(String portraitId, String path, String name, String token, Instant invitedAt)
            throws PersistenceException {
        Invitation invitation = invitation(portraitId, name, token, invitedAt);
        ReviewStore.addInvitation(resolver, invitation, path);
        resolver.commit();
        return invitation;
    }

    @Test
    void anInvitationComesBackAsItWasStored() throws Exception {
        String token = tokens.newToken();
        Invitation stored = store("p-twente", TWENTE, "Anja", token, NOW);

        Invitation found = ReviewStore.findInvitation(resolver, ReviewTokens.hash(token)).orElseThrow();

        assertEquals(stored, found);
        assertEquals(Optional.of(stored), ReviewStore.invitation(resolver, "p-twente", stored.id()));
        assertEquals(Optional.of(TWENTE), ReviewStore.portraitPath(resolver, "p-twente"));
        ValueMap node = resolver.getResource(ReviewStore.ROOT + "/p-twente/invitations/" + stored.id()).getValueMap();
        assertEquals(ReviewTokens.hash(token), node.get("tokenHash", String.class));
        assertFalse(node.values().stream().anyMatch(value -> String.valueOf(value).contains(token)),
                "the token itself is not stored");
    }

    @Test
    void aHashFindsItsInvitationWhicheverPortraitItBelongsTo() throws Exception {
        String anja = tokens.newToken();
        String bert = tokens.newToken();
        String carla = tokens.newToken();
        store("p-twente", TWENTE, "Anja", anja, NOW);
        Invitation second = store("p-drenthe", DRENTHE, "Bert", bert, NOW);
        store("p-drenthe", DRENTHE, "Carla", carla, NOW.plusSeconds(1));

        assertEquals(second, ReviewStore.findInvitation(resolver, ReviewTokens.hash(bert)).orElseThrow());
        assertEquals("p-twente", ReviewStore.findInvitation(resolver, ReviewTokens.hash(anja)).orElseThrow()
                .portraitId());
        assertEquals(Optional.empty(), ReviewStore.findInvitation(resolver, ReviewTokens.hash(tokens.newToken())));
        assertEquals(Optional.empty(), ReviewStore.findInvitation(resolver, bert), "the token is not the hash");
        assertEquals(Optional.empty(), ReviewStore.findInvitation(resolver, ""), "no hash shape");
        assertEquals(List.of("Bert", "Carla"), ReviewStore.invitations(resolver, "p-drenthe").stream()
                .map(Invitation::name).toList());
    }

    @Test
    void nothingIsFoundBeforeTheFirstInvitation() {
        assertEquals(Optional.empty(), ReviewStore.findInvitation(resolver, ReviewTokens.hash(tokens.newToken())));
        assertEquals(List.of(), ReviewStore.invitations(resolver, "p-twente"));
        assertEquals(List.of(), ReviewStore.feedback(resolver, "p-twente"));
        assertEquals(Optional.empty(), ReviewStore.portraitPath(resolver, "p-twente"));
    }

    @Test
    void invitationsAreListedByTheirInvitationTime() throws Exception {
        store("p-twente", TWENTE, "Later", tokens.newToken(), NOW.plusSeconds(60));
        store("p-twente", TWENTE, "Eerder", tokens.newToken(), NOW);
        assertEquals(List.of("Eerder", "Later"), ReviewStore.invitations(resolver, "p-twente").stream()
                .map(Invitation::name).toList());
    }

    @Test
    void aReminderReplacesTheHashSoTheOldTokenIsNoLongerFound() throws Exception {
        String old = tokens.newToken();
        String fresh = tokens.newToken();
        Invitation invitation = store("p-twente", TWENTE, "Anja", old, NOW);

        ReviewStore.reminded(resolver, invitation, ReviewTokens.hash(fresh), NOW.plusSeconds(5));
        resolver.commit();

        assertEquals(Optional.empty(), ReviewStore.findInvitation(resolver, ReviewTokens.hash(old)));
        Invitation found = ReviewStore.findInvitation(resolver, ReviewTokens.hash(fresh)).orElseThrow();
        assertEquals(invitation.id(), found.id());
        assertEquals(NOW.plusSeconds(5), found.remindedAt());
        assertEquals(invitation.expiresAt(), found.expiresAt(), "a reminder does not extend");
    }

    @Test
    void revokeAndSetExpiry() throws Exception {
        Invitation invitation = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);

        ReviewStore.setExpiry(resolver, invitation, NOW.plus(Duration.ofDays(40)));
        resolver.commit();
        assertEquals(NOW.plus(Duration.ofDays(40)), ReviewStore.invitation(resolver, "p-twente", invitation.id())
                .orElseThrow().expiresAt());

        ReviewStore.revoke(resolver, invitation, NOW.plusSeconds(9));
        resolver.commit();
        Invitation revoked = ReviewStore.invitation(resolver, "p-twente", invitation.id()).orElseThrow();
        assertEquals(NOW.plusSeconds(9), revoked.revokedAt());
        assertEquals(InvitationStatus.REVOKED, revoked.status(NOW.plusSeconds(10)));
    }

    @Test
    void endAllEndsOnlyWhatHasNotEndedAndOnlyOfItsPortrait() throws Exception {
        Invitation a = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);
        Invitation b = store("p-twente", TWENTE, "Bert", tokens.newToken(), NOW.plusSeconds(1));
        Invitation other = store("p-drenthe", DRENTHE, "Carla", tokens.newToken(), NOW);
        ReviewStore.revoke(resolver, b, NOW.plusSeconds(2));
        assertEquals(2, ReviewStore.endAll(resolver, "p-twente", NOW.plusSeconds(3)), "revoked links end too");
        resolver.commit();

        assertEquals(0, ReviewStore.endAll(resolver, "p-twente", NOW.plusSeconds(4)), "ended ones are left alone");
        assertEquals(NOW.plusSeconds(3), ReviewStore.invitation(resolver, "p-twente", a.id()).orElseThrow().endedAt());
        assertNull(ReviewStore.invitation(resolver, "p-drenthe", other.id()).orElseThrow().endedAt());
        assertEquals(0, ReviewStore.endAll(resolver, "p-onbekend", NOW));
    }

    @Test
    void feedbackIsStoredListedInOrderAndMarkedHandled() throws Exception {
        Invitation invitation = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);
        String second = ReviewStore.addFeedback(resolver, invitation, Section.STRENGTHS, "Klopt niet.",
                NOW.plusSeconds(20));
        String first = ReviewStore.addFeedback(resolver, invitation, Section.GENERAL, "Mooi\nportret.",
                NOW.plusSeconds(10));
        resolver.commit();

        List<FeedbackItem> items = ReviewStore.feedback(resolver, "p-twente");
        assertEquals(List.of(first, second), items.stream().map(FeedbackItem::id).toList());
        FeedbackItem general = items.get(0);
        assertEquals(invitation.id(), general.invitationId());
        assertEquals(Section.GENERAL, general.section());
        assertEquals("Mooi\nportret.", general.text());
        assertEquals(NOW.plusSeconds(10), general.receivedAt());
        assertFalse(general.isHandled());

        assertTrue(ReviewStore.setHandled(resolver, "p-twente", first, true, "redacteur", NOW.plusSeconds(30)));
        resolver.commit();
        FeedbackItem handled = ReviewStore.feedback(resolver, "p-twente").get(0);
        assertTrue(handled.isHandled());
        assertEquals(NOW.plusSeconds(30), handled.handledAt());
        assertEquals("redacteur", handled.handledBy());

        assertTrue(ReviewStore.setHandled(resolver, "p-twente", first, false, "redacteur", NOW.plusSeconds(40)));
        resolver.commit();
        FeedbackItem reopened = ReviewStore.feedback(resolver, "p-twente").get(0);
        assertFalse(reopened.isHandled());
        assertNull(reopened.handledBy());
    }

    @Test
    void anUnknownRemarkCannotBeMarked() throws Exception {
        Invitation invitation = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);
        String id = ReviewStore.addFeedback(resolver, invitation, Section.GENERAL, "Goed.", NOW);
        resolver.commit();
        assertFalse(ReviewStore.setHandled(resolver, "p-twente", "123-deadbeef", true, "redacteur", NOW));
        assertFalse(ReviewStore.setHandled(resolver, "p-drenthe", id, true, "redacteur", NOW), "another portrait");
        assertFalse(resolver.hasChanges());
    }

    @Test
    void aRemarkIdCannotLeadOutOfTheFeedbackFolder() throws Exception {
        Invitation invitation = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);
        Invitation other = store("p-drenthe", DRENTHE, "Bert", tokens.newToken(), NOW);
        String otherRemark = ReviewStore.addFeedback(resolver, other, Section.GENERAL, "Elders.", NOW);
        ReviewStore.addFeedback(resolver, invitation, Section.GENERAL, "Hier.", NOW);
        resolver.commit();

        assertFalse(ReviewStore.setHandled(resolver, "p-twente", "../invitations/" + invitation.id(), true,
                "redacteur", NOW), "an invitation is no remark");
        assertFalse(ReviewStore.setHandled(resolver, "p-twente", "../../p-drenthe/feedback/" + otherRemark, true,
                "redacteur", NOW), "a remark on another portrait");
        assertFalse(ReviewStore.setHandled(resolver, "p-twente", "", true, "redacteur", NOW));
        assertFalse(ReviewStore.setHandled(resolver, "p-twente", null, true, "redacteur", NOW));
        assertFalse(resolver.hasChanges());
    }

    @Test
    void feedbackNeedsTheReviewDataOfItsPortrait() {
        Invitation nowhere = invitation("p-nergens", "Anja", tokens.newToken(), NOW);
        assertThrows(PersistenceException.class,
                () -> ReviewStore.addFeedback(resolver, nowhere, Section.GENERAL, "Hallo", NOW));
    }

    @Test
    void aDamagedInvitationWithoutDatesHasLongExpired() throws Exception {
        String token = tokens.newToken();
        Invitation stored = store("p-twente", TWENTE, "Anja", token, NOW);
        var values = resolver.getResource(ReviewStore.ROOT + "/p-twente/invitations/" + stored.id())
                .adaptTo(org.apache.sling.api.resource.ModifiableValueMap.class);
        values.remove("expiresAt");
        values.remove("invitedAt");
        resolver.commit();

        Invitation damaged = ReviewStore.findInvitation(resolver, ReviewTokens.hash(token)).orElseThrow();
        assertEquals(Instant.EPOCH, damaged.expiresAt());
        assertEquals(InvitationStatus.EXPIRED, damaged.status(NOW));
    }

    @Test
    void damagedRemarksAreLeftOutOfTheList() throws Exception {
        Invitation invitation = store("p-twente", TWENTE, "Anja", tokens.newToken(), NOW);
        String good = ReviewStore.addFeedback(resolver, invitation, Section.GENERAL, "Goed.", NOW);
        resolver.create(resolver.getResource(ReviewStore.ROOT + "/p-twente/feedback"), "1-00000000",
                Map.of("jcr:primaryType", "nt:unstructured", "section", "onbekend", "text", "x"));
        resolver.commit();
        assertEquals(List.of(good), ReviewStore.feedback(resolver, "p-twente").stream().map(FeedbackItem::id)
                .toList());
    }
}
