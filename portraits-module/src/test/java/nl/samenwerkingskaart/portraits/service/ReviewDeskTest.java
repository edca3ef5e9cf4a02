package nl.samenwerkingskaart.portraits.service;

import static nl.samenwerkingskaart.portraits.TestPortraits.completeContent;
import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenwerkingskaart.portraits.MutableClock;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackItem;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.api.wrappers.ResourceResolverWrapper;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

/** The contact's side of a review round, with the review service user's resolver on a real Oak repository. */
@ExtendWith(SlingContextExtension.class)
class ReviewDeskTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String TWENTE = "/content/site/portretten/twente";
    private static final String DRENTHE = "/content/site/portretten/drenthe";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final MutableClock clock = new MutableClock(NOW);
    private final ReviewTokens tokens = new ReviewTokens();
    private final List<ResourceResolver> serviceResolvers = new ArrayList<>();
    private ResourceResolver resolver;
    private ResourceResolverFactory factory;
    private ReviewDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        factory = TestServices.serviceResolvers(context, serviceResolvers);
        desk = TestServices.desk(factory, clock);
        page(resolver, TWENTE, withId("p-twente", "Twente"));
        page(resolver, DRENTHE, withId("p-drenthe", "Drenthe"));
    }

    @AfterEach
    void everyServiceResolverIsClosedAndOursIsNot() {
        for (ResourceResolver service : serviceResolvers) {
            assertFalse(service.isLive(), "the desk closes its resolvers");
        }
        assertTrue(resolver.isLive());
    }

    private static Map<String, Object> withId(String id, String title) {
        Map<String, Object> content = new HashMap<>(completeContent(title));
        content.put(PortraitProperties.ID, id);
        return content;
    }

    /** Stores an invitation to a portrait and answers its token. */
    private String invite(String portraitId, String path) throws PersistenceException {
        String token = tokens.newToken();
        ReviewStore.addInvitation(resolver, new Invitation(UUID.randomUUID().toString(), ReviewTokens.hash(token),
                portraitId, "Anja", "anja@example.nl", Locale.ENGLISH, NOW, "editor", NOW.plus(Duration.ofDays(21)),
                null, null, null), path);
        resolver.commit();
        return token;
    }

    private Invitation invitationOf(String token) {
        resolver.refresh();
        return ReviewStore.findInvitation(resolver, ReviewTokens.hash(token)).orElseThrow();
    }

    private void set(String path, String name, Object value) throws PersistenceException {
        resolver.getResource(path).adaptTo(ModifiableValueMap.class).put(name, value);
        resolver.commit();
    }

    @Test
    void anActiveLinkOpensItsPortrait() throws Exception {
        String token = invite("p-twente", TWENTE);

        ReviewDesk.Opening opening = desk.open(token);

        assertEquals(ReviewVerdict.OPEN, opening.verdict());
        assertTrue(opening.isOpen());
        assertEquals(TWENTE, opening.portrait().orElseThrow().path());
        assertEquals("Twente", opening.portrait().orElseThrow().title());
        assertEquals(invitationOf(token), opening.invitation().orElseThrow());
        assertEquals(1, serviceResolvers.size());
    }

    @Test
    void aMalformedTokenIsUnknownWithoutLookingItUp() {
        for (String token : new String[] {null, "", "kort", "A".repeat(44), "A".repeat(42) + "="}) {
            assertEquals(ReviewVerdict.UNKNOWN, desk.open(token).verdict());
        }
        verifyNoInteractions(factory);
    }

    @Test
    void anUnknownTokenIsUnknown() throws Exception {
        invite("p-twente", TWENTE);
        ReviewDesk.Opening opening = desk.open(tokens.newToken());
        assertEquals(ReviewVerdict.UNKNOWN, opening.verdict());
        assertEquals(Optional.empty(), opening.invitation());
        assertEquals(Optional.empty(), opening.portrait());
    }

    @Test
    void expiredAtTheInstantItExpires() throws Exception {
        String token = invite("p-twente", TWENTE);
        clock.set(NOW.plus(Duration.ofDays(21)).minusMillis(1));
        assertEquals(ReviewVerdict.OPEN, desk.open(token).verdict());
        clock.set(NOW.plus(Duration.ofDays(21)));
        ReviewDesk.Opening opening = desk.open(token);
        assertEquals(ReviewVerdict.EXPIRED, opening.verdict());
        assertEquals(Optional.empty(), opening.portrait(), "a refusal carries no draft");
        assertEquals(Optional.empty(), opening.invitation());
    }

    @Test
    void revokedAndEnded() throws Exception {
        String revoked = invite("p-twente", TWENTE);
        String ended = invite("p-twente", TWENTE);
        ReviewStore.revoke(resolver, invitationOf(revoked), NOW);
        resolver.commit();
        assertEquals(ReviewVerdict.REVOKED, desk.open(revoked).verdict());
        ReviewStore.endAll(resolver, "p-twente", NOW);
        resolver.commit();
        assertEquals(ReviewVerdict.ENDED, desk.open(ended).verdict());
        assertEquals(ReviewVerdict.ENDED, desk.open(revoked).verdict());
    }

    @Test
    void aPublishedPortraitEndsItsLinksBeforeTheyAreMarked() throws Exception {
        String token = invite("p-twente", TWENTE);
        set(TWENTE + "/jcr:content", PortraitProperties.PUBLISHED, true);
        ReviewDesk.Opening opening = desk.open(token);
        assertEquals(ReviewVerdict.ENDED, opening.verdict());
        assertEquals(Optional.empty(), opening.portrait());
    }

    @Test
    void aDeletedPortraitIsUnknown() throws Exception {
        String token = invite("p-twente", TWENTE);
        resolver.delete(resolver.getResource(TWENTE));
        resolver.commit();
        assertEquals(ReviewVerdict.UNKNOWN, desk.open(token).verdict());
    }

    @Test
    void aLinkOpensOnlyItsOwnPortrait() throws Exception {
        String twente = invite("p-twente", TWENTE);
        String drenthe = invite("p-drenthe", DRENTHE);
        assertEquals(TWENTE, desk.open(twente).portrait().orElseThrow().path());
        assertEquals(DRENTHE, desk.open(drenthe).portrait().orElseThrow().path());
        assertEquals("p-twente", desk.open(twente).invitation().orElseThrow().portraitId());
    }

    @Test
    void reviewDataPointingAtAnotherPortraitsPageOpenTheirOwnPortraitOnly() throws Exception {
        String token = invite("p-twente", TWENTE);
        set(ReviewStore.ROOT + "/p-twente", "portraitPath", DRENTHE);
        assertEquals(TWENTE, desk.open(token).portrait().orElseThrow().path(),
                "Drenthe's page has another portraitId: the page that carries the round's id is opened");
    }

    @Test
    void aMovedPageIsFoundByItsId() throws Exception {
        String token = invite("p-twente", TWENTE);
        String moved = "/content/site/archief/twente-2026";
        page(resolver, moved, withId("p-twente", "Twente"));
        resolver.delete(resolver.getResource(TWENTE));
        resolver.commit();
        assertEquals(moved, desk.open(token).portrait().orElseThrow().path());
    }

    @Test
    void aPageWhoseIdChangedOpensNothing() throws Exception {
        String token = invite("p-twente", TWENTE);
        set(TWENTE + "/jcr:content", PortraitProperties.ID, "p-anders");
        assertEquals(ReviewVerdict.UNKNOWN, desk.open(token).verdict());
    }

    @Test
    void feedbackIsOneRemarkPerFilledSectionInOneCommit() throws Exception {
        String token = invite("p-twente", TWENTE);
        clock.advance(Duration.ofMinutes(5));
        int[] commits = {0};
        ResourceResolverFactory counting = mock(ResourceResolverFactory.class);
        Mockito.when(counting.getServiceResourceResolver(Mockito.any())).thenAnswer(call -> {
            ResourceResolver service = factory.getServiceResourceResolver(call.getArgument(0));
            return new ResourceResolverWrapper(service) {
                @Override
                public void commit() throws PersistenceException {
                    commits[0]++;
                    super.commit();
                }
            };
        });

        ReviewDesk.Sent sent = TestServices.desk(counting, clock).send(token, Map.of(
                "feedback-general", "Herkenbaar.", "feedback-strengths", "Klopt.", "feedback-weaknesses", " ",
                "feedback-onbekend", "x"));

        assertEquals(new ReviewDesk.Sent(ReviewVerdict.OPEN, Map.of(), 2), sent);
        assertEquals(1, commits[0]);
        resolver.refresh();
        List<FeedbackItem> items = ReviewStore.feedback(resolver, "p-twente");
        assertEquals(Map.of(Section.GENERAL, "Herkenbaar.", Section.STRENGTHS, "Klopt."),
                Map.of(items.get(0).section(), items.get(0).text(), items.get(1).section(), items.get(1).text()));
        String invitationId = invitationOf(token).id();
        for (FeedbackItem item : items) {
            assertEquals(invitationId, item.invitationId());
            assertEquals(NOW.plus(Duration.ofMinutes(5)), item.receivedAt());
        }
    }

    @Test
    void feedbackWithProblemsStoresNothing() throws Exception {
        String token = invite("p-twente", TWENTE);
        ReviewDesk.Sent empty = desk.send(token, Map.of());
        assertEquals(new ReviewDesk.Sent(ReviewVerdict.OPEN, Map.of("feedback-general", "review.feedback.empty"), 0),
                empty);
        ReviewDesk.Sent tooLong = desk.send(token, Map.of("feedback-general", "Goed.",
                "feedback-summary", "x".repeat(4_001)));
        assertEquals(Map.of("feedback-summary", "review.feedback.tooLong"), tooLong.problems());
        resolver.refresh();
        assertEquals(List.of(), ReviewStore.feedback(resolver, "p-twente"), "all or nothing");
    }

    @Test
    void feedbackThroughALinkThatIsNotOpenIsRefused() throws Exception {
        String token = invite("p-twente", TWENTE);
        ReviewStore.revoke(resolver, invitationOf(token), NOW);
        resolver.commit();
        assertEquals(new ReviewDesk.Sent(ReviewVerdict.REVOKED, Map.of(), 0),
                desk.send(token, Map.of("feedback-general", "Toch nog.")));
        assertEquals(new ReviewDesk.Sent(ReviewVerdict.UNKNOWN, Map.of(), 0),
                desk.send(tokens.newToken(), Map.of("feedback-general", "Hallo.")));
        assertEquals(new ReviewDesk.Sent(ReviewVerdict.UNKNOWN, Map.of(), 0),
                desk.send("../../etc", Map.of("feedback-general", "Hallo.")));
        resolver.refresh();
        assertEquals(List.of(), ReviewStore.feedback(resolver, "p-twente"));
    }

    @Test
    void workOnTheOpenPortraitRunsOnlyForAnOpenLink() throws Exception {
        String token = invite("p-twente", TWENTE);
        Optional<String> title = desk.withOpenPortrait(token, (service, portrait) -> {
            assertTrue(service.isLive());
            return service.getResource(portrait.path() + "/jcr:content").getValueMap().get("jcr:title", String.class);
        });
        assertEquals(Optional.of("Twente"), title);

        ReviewStore.revoke(resolver, invitationOf(token), NOW);
        resolver.commit();
        AtomicBoolean ran = new AtomicBoolean();
        assertEquals(Optional.empty(), desk.withOpenPortrait(token, (service, portrait) -> {
            ran.set(true);
            return "x";
        }));
        assertFalse(ran.get());
        assertEquals(Optional.empty(), desk.withOpenPortrait("", (service, portrait) -> {
            ran.set(true);
            return "x";
        }));
        assertFalse(ran.get());
    }
}
