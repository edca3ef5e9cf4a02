package nl.samenwerkingskaart.portraits.service;

import static nl.samenwerkingskaart.portraits.TestPortraits.completeContent;
import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.portraits.MutableClock;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.PortraitState;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.InvitationRequest;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.api.wrappers.ResourceResolverWrapper;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The editor's actions on a real Oak repository, with the contact's side (ReviewDesk) to check the links. */
@ExtendWith(SlingContextExtension.class)
class ReviewRoundTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String TWENTE = "/content/site/portretten/twente";
    private static final String BASE = "https://kaart.example/bin/samenwerkingskaart/public/review.html/";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final MutableClock clock = new MutableClock(NOW);
    private final MailSender mail = TestServices.mailSender();
    private final EventAdmin events = org.mockito.Mockito.mock(EventAdmin.class);
    private final List<ResourceResolver> serviceResolvers = new ArrayList<>();
    private ResourceResolver editor;
    private ReviewRound round;
    private ReviewDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        editor = context.resourceResolver();
        round = TestServices.round(mail, events, clock);
        desk = TestServices.desk(TestServices.serviceResolvers(context, serviceResolvers), clock);
        page(editor, TWENTE, completeContent("Twente"));
        TestPortraits.pdf(editor, TestPortraits.PDF, "%PDF-1.4 twente");
    }

    private static InvitationRequest request(String name) {
        return new InvitationRequest(name, name.toLowerCase(Locale.ROOT) + "@example.nl", Locale.ENGLISH, 14);
    }

    private PlainMail lastMail(int expectedCount) {
        ArgumentCaptor<PlainMail> sent = ArgumentCaptor.forClass(PlainMail.class);
        verify(mail, times(expectedCount)).send(sent.capture());
        return sent.getValue();
    }

    private static String token(PlainMail mail) {
        int start = mail.body().indexOf(BASE);
        assertTrue(start >= 0, mail.body());
        return mail.body().substring(start + BASE.length(), start + BASE.length() + 43);
    }

    /** Invites a contact to Twente and answers the token of the mail. */
    private String invite(String name, int mailsBefore) throws Exception {
        ReviewRound.Invited invited = round.invite(editor, TWENTE, request(name), BASE);
        assertEquals("invite.done", invited.messageKey());
        return token(lastMail(mailsBefore + 1));
    }

    private Portrait twente() {
        editor.refresh();
        return PortraitReader.read(editor.getResource(TWENTE)).orElseThrow();
    }

    private Invitation onlyInvitation() {
        List<Invitation> invitations = ReviewStore.invitations(editor, twente().id());
        assertEquals(1, invitations.size());
        return invitations.get(0);
    }

    private void publishedFlag(boolean published) throws PersistenceException {
        editor.getResource(TWENTE + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put(PortraitProperties.PUBLISHED, published);
        editor.commit();
    }

    /** Every name and value below a resource, as text. */
    private static List<String> everything(Resource resource) {
        List<String> texts = new ArrayList<>();
        texts.add(resource.getName());
        for (Object value : resource.getValueMap().values()) {
            if (value instanceof Object[] array) {
                for (Object item : array) {
                    texts.add(String.valueOf(item));
                }
            } else {
                texts.add(String.valueOf(value));
            }
        }
        resource.getChildren().forEach(child -> texts.addAll(everything(child)));
        return texts;
    }

    @Test
    void anInvitationStoresTheHashAndMailsTheLink() throws Exception {
        ReviewRound.Invited invited = round.invite(editor, TWENTE, request("Anja"), BASE);

        assertEquals("invite.done", invited.messageKey());
        assertEquals(Map.of(), invited.problems());
        assertFalse(editor.hasChanges(), "committed");
        PlainMail sent = lastMail(1);
        assertEquals("anja@example.nl", sent.recipient());
        assertEquals(Locale.ENGLISH, sent.language());
        String token = token(sent);
        assertTrue(ReviewTokens.hasTokenShape(token), token);
        assertTrue(sent.body().contains(BASE + token + "\n"), "the link is the base and the token");

        Invitation invitation = invited.invitation().orElseThrow();
        assertEquals(ReviewTokens.hash(token), invitation.tokenHash());
        assertEquals(invitation, onlyInvitation());
        assertEquals("Anja", invitation.name());
        assertEquals("admin", invitation.invitedBy());
        assertEquals(NOW, invitation.invitedAt());
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(14))), invitation.expiresAt());
        assertEquals(twente().id(), invitation.portraitId());
        assertEquals(java.util.Optional.of(TWENTE), ReviewStore.portraitPath(editor, invitation.portraitId()));

        List<String> stored = everything(editor.getResource(ReviewStore.ROOT));
        assertTrue(stored.contains(ReviewTokens.hash(token)));
        assertTrue(stored.stream().noneMatch(text -> text.contains(token)), "the token is stored nowhere");
        assertTrue(everything(editor.getResource(TWENTE)).stream().noneMatch(text -> text.contains(token)));

        assertEquals(ReviewVerdict.OPEN, desk.open(token).verdict());
    }

    @Test
    void thePortraitGetsItsIdOnce() throws Exception {
        assertNull(twente().id());
        invite("Anja", 0);
        String id = twente().id();
        assertNotNull(id);
        invite("Bert", 1);
        assertEquals(id, twente().id());
        assertEquals(List.of("Anja", "Bert"), ReviewStore.invitations(editor, id).stream().map(Invitation::name)
                .toList());
    }

    @Test
    void anUnknownPortraitIsRefused() throws Exception {
        ReviewRound.Invited invited = round.invite(editor, "/content/site/portretten/nergens", request("Anja"), BASE);
        assertEquals("console.portrait.unknown", invited.messageKey());
        assertTrue(invited.invitation().isEmpty());
        assertNull(editor.getResource(ReviewStore.ROOT));
        verify(mail, never()).send(any());
    }

    @Test
    void aPublishedPortraitTakesNoInvitations() throws Exception {
        publishedFlag(true);
        ReviewRound.Invited invited = round.invite(editor, TWENTE, request("Anja"), BASE);
        assertEquals("invite.refused.published", invited.messageKey());
        assertTrue(invited.invitation().isEmpty());
        assertNull(editor.getResource(ReviewStore.ROOT));
        assertNull(twente().id());
        verify(mail, never()).send(any());
    }

    @Test
    void anInvalidRequestGivesTheProblemsAndStoresNothing() throws Exception {
        ReviewRound.Invited invited = round.invite(editor, TWENTE,
                new InvitationRequest("", "geen adres", Locale.ENGLISH, 91), BASE);
        assertEquals("invite.refused.invalid", invited.messageKey());
        assertEquals(Map.of("name", "invite.name.required", "email", "invite.email.invalid",
                "days", "invite.days.invalid"), invited.problems());
        assertTrue(invited.invitation().isEmpty());
        assertNull(editor.getResource(ReviewStore.ROOT));
        assertNull(twente().id(), "no id for a refused invitation");
        assertFalse(editor.hasChanges());
        verify(mail, never()).send(any());
    }

    @Test
    void aReminderSendsANewLinkAndTheOldOneStops() throws Exception {
        String first = invite("Anja", 0);
        clock.advance(Duration.ofDays(3));

        ActionOutcome outcome = round.remind(editor, TWENTE, onlyInvitation().id(), BASE);

        assertEquals(ActionOutcome.done("remind.done"), outcome);
        PlainMail reminder = lastMail(2);
        assertEquals("review reminder", reminder.label());
        String second = token(reminder);
        assertNotEquals(first, second);
        assertEquals(ReviewVerdict.UNKNOWN, desk.open(first).verdict(), "the old link no longer works");
        assertEquals(ReviewVerdict.OPEN, desk.open(second).verdict());
        assertEquals(NOW.plus(Duration.ofDays(3)), onlyInvitation().remindedAt());
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(14))), onlyInvitation().expiresAt(), "a reminder does not extend");
    }

    @Test
    void noReminderForALinkThatDoesNotWork() throws Exception {
        String token = invite("Anja", 0);
        clock.advance(Duration.ofDays(15));
        assertEquals(ActionOutcome.refused("remind.refused.inactive"),
                round.remind(editor, TWENTE, onlyInvitation().id(), BASE), "expired");
        clock.set(NOW);
        round.revoke(editor, TWENTE, onlyInvitation().id());
        assertEquals(ActionOutcome.refused("remind.refused.inactive"),
                round.remind(editor, TWENTE, onlyInvitation().id(), BASE), "revoked");
        assertEquals(ReviewVerdict.REVOKED, desk.open(token).verdict(), "the link was not replaced");
        verify(mail, times(1)).send(any());
    }

    @Test
    void unknownInvitationsAreRefused() throws Exception {
        invite("Anja", 0);
        String otherId = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertEquals(ActionOutcome.refused("console.invitation.unknown"), round.remind(editor, TWENTE, otherId, BASE));
        assertEquals(ActionOutcome.refused("console.invitation.unknown"), round.revoke(editor, TWENTE, "../x"));
        assertEquals(ActionOutcome.refused("console.invitation.unknown"), round.extend(editor, TWENTE, null, 7));
        assertEquals(ActionOutcome.refused("console.invitation.unknown"),
                round.revoke(editor, "/content/site/portretten/nergens", onlyInvitation().id()));
    }

    @Test
    void revokingStopsTheLinkAndKeepsTheFirstTime() throws Exception {
        String token = invite("Anja", 0);
        String id = onlyInvitation().id();
        assertEquals(ActionOutcome.done("revoke.done"), round.revoke(editor, TWENTE, id));
        clock.advance(Duration.ofHours(1));
        assertEquals(ActionOutcome.done("revoke.done"), round.revoke(editor, TWENTE, id));
        assertEquals(NOW, onlyInvitation().revokedAt());
        assertEquals(ReviewVerdict.REVOKED, desk.open(token).verdict());
        assertFalse(editor.hasChanges());
    }

    @Test
    void extendingCountsFromTheExpiryOrFromNow() throws Exception {
        String token = invite("Anja", 0);
        String id = onlyInvitation().id();
        assertEquals(ActionOutcome.done("extend.done"), round.extend(editor, TWENTE, id, 7));
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(21))), onlyInvitation().expiresAt());

        clock.set(NOW.plus(Duration.ofDays(30)));
        assertEquals(ReviewVerdict.EXPIRED, desk.open(token).verdict());
        assertEquals(ActionOutcome.done("extend.done"), round.extend(editor, TWENTE, id, 7));
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(37))), onlyInvitation().expiresAt());
        assertEquals(ReviewVerdict.OPEN, desk.open(token).verdict(), "an expired link works again");

        assertEquals(ActionOutcome.refused("invite.days.invalid"), round.extend(editor, TWENTE, id, 0));
        assertEquals(ActionOutcome.refused("invite.days.invalid"), round.extend(editor, TWENTE, id, 91));
    }

    @Test
    void revokedAndEndedLinksAreNotExtended() throws Exception {
        invite("Anja", 0);
        invite("Bert", 1);
        List<Invitation> both = ReviewStore.invitations(editor, twente().id());
        round.revoke(editor, TWENTE, both.get(0).id());
        assertEquals(ActionOutcome.refused("extend.refused.closed"), round.extend(editor, TWENTE, both.get(0).id(), 7));

        assertEquals("publish.done", round.publish(editor, TWENTE).messageKey());
        assertEquals(ActionOutcome.refused("extend.refused.closed"), round.extend(editor, TWENTE, both.get(1).id(), 7));
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(14))), ReviewStore.invitation(editor, twente().id(), both.get(1).id())
                .orElseThrow().expiresAt());
    }

    @Test
    void remarksAreMarkedHandledAndOpenAgain() throws Exception {
        String token = invite("Anja", 0);
        desk.send(token, Map.of("feedback-general", "Goed."));
        String remark = ReviewStore.feedback(editor, twente().id()).get(0).id();

        assertEquals(ActionOutcome.done("handled.done"), round.setHandled(editor, TWENTE, remark, true));
        assertTrue(ReviewStore.feedback(editor, twente().id()).get(0).isHandled());
        assertEquals("admin", ReviewStore.feedback(editor, twente().id()).get(0).handledBy());
        assertEquals(ActionOutcome.done("reopened.done"), round.setHandled(editor, TWENTE, remark, false));
        assertFalse(ReviewStore.feedback(editor, twente().id()).get(0).isHandled());
        assertFalse(editor.hasChanges());

        assertEquals(ActionOutcome.refused("console.feedback.unknown"),
                round.setHandled(editor, TWENTE, "1-00000000", true));
        assertEquals(ActionOutcome.refused("console.feedback.unknown"),
                round.setHandled(editor, TWENTE, "../invitations/" + onlyInvitation().id(), true));
    }

    @Test
    void aPortraitWithoutReviewDataHasNoRemarks() throws Exception {
        assertEquals(ActionOutcome.refused("console.feedback.unknown"),
                round.setHandled(editor, TWENTE, "1-00000000", true));
    }

    @Test
    void publishingMarksThePageEndsTheLinksInOneCommitAndAnnouncesIt() throws Exception {
        String anja = invite("Anja", 0);
        String bert = invite("Bert", 1);
        clock.advance(Duration.ofHours(2));
        int[] commits = {0};
        ResourceResolver counting = new ResourceResolverWrapper(editor) {
            @Override
            public void commit() throws PersistenceException {
                commits[0]++;
                super.commit();
            }
        };

        ActionOutcome outcome = round.publish(counting, TWENTE);

        assertEquals(ActionOutcome.done("publish.done"), outcome);
        assertEquals(1, commits[0], "one commit");
        assertFalse(editor.hasChanges());
        ValueMap content = editor.getResource(TWENTE + "/jcr:content").getValueMap();
        assertTrue(content.get("sling:published", false));
        assertEquals(NOW.plus(Duration.ofHours(2)), content.get("sling:lastPublication", Calendar.class).toInstant());
        assertEquals("ADD", content.get("sling:lastPublicationType", String.class));
        assertEquals("admin", content.get("sling:lastPublicationBy", String.class));
        for (Invitation invitation : ReviewStore.invitations(editor, twente().id())) {
            assertEquals(NOW.plus(Duration.ofHours(2)), invitation.endedAt(), invitation.name());
        }
        assertEquals(ReviewVerdict.ENDED, desk.open(anja).verdict());
        assertEquals(ReviewVerdict.ENDED, desk.open(bert).verdict());

        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        verify(events).postEvent(event.capture());
        assertEquals("org/apache/sling/cms/publication/PUBLISH", event.getValue().getTopic());
        assertEquals(TWENTE, event.getValue().getProperty("path"));
        assertEquals(false, event.getValue().getProperty("isDeep"));
        assertEquals(PortraitState.PUBLISHED, round.state(editor, twente()));
    }

    @Test
    void publishingWithoutAReviewRoundWorksToo() throws Exception {
        assertEquals(ActionOutcome.done("publish.done"), round.publish(editor, TWENTE));
        assertTrue(twente().published());
        assertNull(editor.getResource(ReviewStore.ROOT));
    }

    @Test
    void anIncompletePortraitIsNotPublished() throws Exception {
        String token = invite("Anja", 0);
        ModifiableValueMap content = editor.getResource(TWENTE + "/jcr:content").adaptTo(ModifiableValueMap.class);
        content.remove(PortraitProperties.AUTHORS);
        content.put(PortraitProperties.PDF, "/static/portretten/weg.pdf");
        editor.commit();

        ActionOutcome outcome = round.publish(editor, TWENTE);

        assertEquals("publish.refused.incomplete", outcome.messageKey());
        assertFalse(outcome.done());
        assertEquals(List.of(FieldProblem.of("authors", "portrait.authors.required"),
                FieldProblem.of("pdf", "portrait.pdf.missing", "/static/portretten/weg.pdf")), outcome.problems());
        assertFalse(twente().published());
        assertFalse(editor.hasChanges());
        assertNull(onlyInvitation().endedAt());
        assertEquals(ReviewVerdict.OPEN, desk.open(token).verdict());
        verifyNoInteractions(events);
    }

    @Test
    void aPublishedPortraitIsNotPublishedAgain() throws Exception {
        publishedFlag(true);
        assertEquals(ActionOutcome.refused("publish.refused.already"), round.publish(editor, TWENTE));
        assertEquals(ActionOutcome.refused("console.portrait.unknown"),
                round.publish(editor, "/content/site/portretten/nergens"));
        verifyNoInteractions(events);
    }

    @Test
    void theStateFollowsTheLinksAndThePublication() throws Exception {
        assertEquals(PortraitState.DRAFT, round.state(editor, twente()));
        invite("Anja", 0);
        assertEquals(PortraitState.IN_REVIEW, round.state(editor, twente()));
        clock.advance(Duration.ofDays(15));
        assertEquals(PortraitState.DRAFT, round.state(editor, twente()), "its only link expired");
        clock.set(NOW);
        round.revoke(editor, TWENTE, onlyInvitation().id());
        assertEquals(PortraitState.DRAFT, round.state(editor, twente()), "its only link was revoked");
        publishedFlag(true);
        assertEquals(PortraitState.PUBLISHED, round.state(editor, twente()));
    }

    @Test
    void whatPublishingNeedsLooksAtThePdfFile() throws Exception {
        assertEquals(List.of(), round.problemsForPublishing(editor, twente()));
        assertTrue(ReviewRound.isPdf(editor, TestPortraits.PDF));
        assertFalse(ReviewRound.isPdf(editor, "/static/portretten/weg.pdf"));
        assertFalse(ReviewRound.isPdf(editor, null));
        assertFalse(ReviewRound.isPdf(editor, TWENTE), "a page is no PDF");
    }

    /** A copy of page A as Sling CMS makes it: the same content, its portraitId included. */
    private void copyTo(String path, String title) throws PersistenceException {
        Map<String, Object> copy = new java.util.HashMap<>(editor.getResource(TWENTE + "/jcr:content").getValueMap());
        copy.remove("jcr:primaryType");
        copy.put(PortraitProperties.TITLE, title);
        page(editor, path, copy);
    }

    @Test
    void aCopiedPortraitStartsItsOwnRoundAndLeavesTheOriginalsAlone() throws Exception {
        String drenthe = "/content/site/portretten/drenthe";
        String anja = invite("Anja", 0);
        String twenteId = twente().id();
        copyTo(drenthe, "Drenthe");
        Portrait copy = PortraitReader.read(editor.getResource(drenthe)).orElseThrow();
        assertEquals(twenteId, copy.id(), "the copy carries the original's id");

        assertEquals(PortraitState.DRAFT, round.state(editor, copy), "the original's links are not the copy's");
        assertEquals(ActionOutcome.refused("console.invitation.unknown"),
                round.revoke(editor, drenthe, onlyInvitation().id()));

        ReviewRound.Invited invited = round.invite(editor, drenthe, request("Bert"), BASE);
        String bert = token(lastMail(2));
        String drentheId = PortraitReader.read(editor.getResource(drenthe)).orElseThrow().id();
        assertNotEquals(twenteId, drentheId, "the copy gets an id of its own");
        assertEquals(drentheId, invited.invitation().orElseThrow().portraitId());
        assertEquals(TWENTE, desk.open(anja).portrait().orElseThrow().path(), "Anja still sees Twente only");
        assertEquals(drenthe, desk.open(bert).portrait().orElseThrow().path());

        TestPortraits.pdf(editor, "/static/portretten/drenthe.pdf", "%PDF");
        editor.getResource(drenthe + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put(PortraitProperties.PDF, "/static/portretten/drenthe.pdf");
        editor.commit();
        assertEquals(ActionOutcome.done("publish.done"), round.publish(editor, drenthe));
        assertEquals(ReviewVerdict.OPEN, desk.open(anja).verdict(), "publishing the copy ends only its own round");
        assertEquals(ReviewVerdict.ENDED, desk.open(bert).verdict());
    }

    @Test
    void aMovedPortraitKeepsItsRound() throws Exception {
        String anja = invite("Anja", 0);
        String id = twente().id();
        String moved = "/content/site/portretten/twente-2026";
        copyTo(moved, "Twente");
        editor.delete(editor.getResource(TWENTE));
        editor.commit();
        Portrait portrait = PortraitReader.read(editor.getResource(moved)).orElseThrow();

        assertEquals(PortraitState.IN_REVIEW, round.state(editor, portrait));
        round.invite(editor, moved, request("Bert"), BASE);
        assertEquals(id, PortraitReader.read(editor.getResource(moved)).orElseThrow().id());
        assertEquals(moved, desk.open(anja).portrait().orElseThrow().path(), "the round moved with the page");
    }
}
