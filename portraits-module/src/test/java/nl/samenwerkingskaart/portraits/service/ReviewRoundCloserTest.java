package nl.samenwerkingskaart.portraits.service;

import static nl.samenwerkingskaart.portraits.TestPortraits.completeContent;
import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.portraits.MutableClock;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.Event;

/** Publishing by any way, Sling CMS's own action included, ends the review links. */
@ExtendWith(SlingContextExtension.class)
class ReviewRoundCloserTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String FOLDER = "/content/site/portretten";
    private static final String TWENTE = FOLDER + "/twente";
    private static final String GRONINGEN = FOLDER + "/noord/groningen";
    private static final String ELSEWHERE = "/content/site/elders/zeeland";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final List<ResourceResolver> serviceResolvers = new ArrayList<>();
    private ResourceResolver resolver;
    private ResourceResolverFactory factory;
    private ReviewRoundCloser closer;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        factory = TestServices.serviceResolvers(context, serviceResolvers);
        closer = new ReviewRoundCloser(factory, new MutableClock(NOW.plusSeconds(60)));
        portraitWithInvitation(TWENTE, "p-twente");
        portraitWithInvitation(GRONINGEN, "p-groningen");
        portraitWithInvitation(ELSEWHERE, "p-zeeland");
        page(resolver, FOLDER + "/zonder-ronde", completeContent("Zonder ronde"));
    }

    private void portraitWithInvitation(String path, String id) throws Exception {
        Map<String, Object> content = new HashMap<>(completeContent(path));
        content.put(PortraitProperties.ID, id);
        page(resolver, path, content);
        ReviewStore.addInvitation(resolver, new Invitation(UUID.randomUUID().toString(),
                ReviewTokens.hash(new ReviewTokens().newToken()), id, "Anja", "anja@example.nl", Locale.ENGLISH, NOW,
                "editor", NOW.plus(Duration.ofDays(21)), null, null, null), path);
        resolver.commit();
    }

    private boolean ended(String id) {
        resolver.refresh();
        return ReviewStore.invitations(resolver, id).stream().allMatch(invitation -> invitation.endedAt() != null);
    }

    private static Event published(String path, boolean deep) {
        return new Event(SlingCmsPublication.PUBLISH_TOPIC, Map.of("path", path, "isDeep", deep));
    }

    @Test
    void publishingAPageEndsItsLinks() {
        closer.handleEvent(SlingCmsPublication.publishedEvent(TWENTE));
        assertTrue(ended("p-twente"));
        assertEquals(NOW.plusSeconds(60), ReviewStore.invitations(resolver, "p-twente").get(0).endedAt());
        assertFalse(ended("p-groningen"));
        assertFalse(ended("p-zeeland"));
        assertFalse(serviceResolvers.get(0).isLive(), "closed");
    }

    @Test
    void publishingAFolderDeepEndsEveryPortraitBelowIt() {
        closer.handleEvent(published(FOLDER, true));
        assertTrue(ended("p-twente"));
        assertTrue(ended("p-groningen"));
        assertFalse(ended("p-zeeland"));
    }

    @Test
    void publishingAFolderShallowEndsNothing() {
        closer.handleEvent(published(FOLDER, false));
        assertFalse(ended("p-twente"));
        assertFalse(ended("p-groningen"));
    }

    @Test
    void otherPagesAreIgnored() throws Exception {
        Map<String, Object> article = new HashMap<>(Map.of("jcr:title", "Artikel",
                "sling:resourceType", "reference/components/pages/base", PortraitProperties.ID, "p-twente"));
        page(resolver, "/content/site/artikel", article);
        closer.handleEvent(published("/content/site/artikel", false));
        closer.handleEvent(published("/content/site/nergens", true));
        closer.handleEvent(published(FOLDER + "/zonder-ronde", false));
        assertFalse(ended("p-twente"), "a page that is no portrait ends nothing, whatever its properties");
        assertFalse(ended("p-groningen"));
    }

    @Test
    void anEventWithoutAPathIsIgnored() {
        closer.handleEvent(new Event(SlingCmsPublication.PUBLISH_TOPIC, Map.of("isDeep", true)));
        verifyNoInteractions(factory);
    }

    @Test
    void endedLinksKeepTheirTime() {
        closer.handleEvent(SlingCmsPublication.publishedEvent(TWENTE));
        ReviewRoundCloser later = new ReviewRoundCloser(factory, new MutableClock(NOW.plusSeconds(600)));
        later.handleEvent(SlingCmsPublication.publishedEvent(TWENTE));
        assertEquals(NOW.plusSeconds(60), ReviewStore.invitations(resolver, "p-twente").get(0).endedAt());
        assertNull(ReviewStore.invitations(resolver, "p-zeeland").get(0).endedAt());
    }
}
