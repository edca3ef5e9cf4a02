package nl.samenwerkingskaart.portraits.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import org.apache.sling.api.SlingConstants;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the review links of a portrait when it is published by any way, Sling CMS's own publish action included:
 * the links stay dead if the portrait is unpublished later. (The review desk also refuses every link of a
 * published portrait, so there is no window between the publication and this event.)
 */
@Component(service = EventHandler.class,
        property = "event.topics=" + SlingCmsPublication.PUBLISH_TOPIC)
public class ReviewRoundCloser implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRoundCloser.class);

    private final ResourceResolverFactory resolvers;
    private final Clock clock;

    @Activate
    public ReviewRoundCloser(@Reference ResourceResolverFactory resolvers) {
        this(resolvers, Clock.systemUTC());
    }

    ReviewRoundCloser(ResourceResolverFactory resolvers, Clock clock) {
        this.resolvers = resolvers;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event event) {
        Object path = event.getProperty(SlingConstants.PROPERTY_PATH);
        if (!(path instanceof String published)) {
            return;
        }
        boolean deep = Boolean.TRUE.equals(event.getProperty(SlingCmsPublication.DEEP));
        try (ResourceResolver resolver = resolvers.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, ReviewDesk.SUBSERVICE))) {
            List<Portrait> portraits = deep ? PortraitPages.under(resolver, published)
                    : PortraitReader.read(resolver.getResource(published)).stream().toList();
            int ended = 0;
            for (Portrait portrait : portraits) {
                if (portrait.id() != null) {
                    ended += ReviewStore.endAll(resolver, portrait.id(), clock.instant());
                }
            }
            if (ended > 0) {
                resolver.commit();
                LOG.info("Publishing {} ended {} review link(s)", published, ended);
            }
        } catch (LoginException | PersistenceException | RuntimeException e) {
            LOG.warn("Could not end the review links below {}", published, e);
        }
    }
}
