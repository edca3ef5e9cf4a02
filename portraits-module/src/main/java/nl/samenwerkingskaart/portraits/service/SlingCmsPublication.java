package nl.samenwerkingskaart.portraits.service;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.sling.api.SlingConstants;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.Resource;
import org.osgi.service.event.Event;

/**
 * Sling CMS 1.1.8's publication, as its standalone publication manager records and announces it: the page
 * content's {@code sling:published}, {@code sling:lastPublication} and {@code sling:lastPublicationType}, and an
 * OSGi event on {@link #PUBLISH_TOPIC}. Written here rather than called, because Sling CMS's API jar cannot be
 * compiled against (its parent pom is missing from Maven Central).
 */
final class SlingCmsPublication {

    static final String PUBLISH_TOPIC = "org/apache/sling/cms/publication/PUBLISH";
    static final String DEEP = "isDeep";

    private SlingCmsPublication() {}

    static void markPublished(Resource content, Instant at, String by) {
        ModifiableValueMap values = content.adaptTo(ModifiableValueMap.class);
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(at.toEpochMilli());
        values.put("sling:published", true);
        values.put("sling:lastPublication", when);
        values.put("sling:lastPublicationType", "ADD");
        values.put("sling:lastPublicationBy", by);
    }

    static Event publishedEvent(String pagePath) {
        return new Event(PUBLISH_TOPIC, Map.of(SlingConstants.PROPERTY_PATH, pagePath,
                "publicationType", "ADD", DEEP, false));
    }
}
