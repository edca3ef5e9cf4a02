package nl.samenwerkingskaart.portraits.repository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Optional;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/** Pages of a Sling CMS site as our components see them: the site they belong to, and their public summary. */
public final class SitePages {

    static final String SITE_TYPE = "sling:Site";
    static final String PAGE_TYPE = "sling:Page";
    /** The reference page's "Published Date" property, which the demo site's articles use. */
    static final String PUBLISH_DATE = "publishDate";

    private SitePages() {}

    /** The site (a {@code sling:Site}) that holds the resource; null outside any site. */
    public static Resource siteOf(Resource resource) {
        for (Resource r = resource; r != null; r = r.getParent()) {
            if (SITE_TYPE.equals(r.getValueMap().get("jcr:primaryType", String.class))) {
                return r;
            }
        }
        return null;
    }

    /** The page (a {@code sling:Page}) that holds the resource, itself included; null when none does. */
    public static Resource pageOf(Resource resource) {
        for (Resource r = resource; r != null; r = r.getParent()) {
            if (PAGE_TYPE.equals(r.getValueMap().get("jcr:primaryType", String.class))) {
                return r;
            }
        }
        return null;
    }

    /**
     * A published page's title and date; empty when the path is no page or the page is not published (Sling CMS
     * lets anonymous sessions read unpublished pages, so the flag itself decides).
     */
    public static Optional<PageSummary> published(ResourceResolver resolver, String path) {
        Resource page = path == null ? null : resolver.getResource(path.strip());
        if (page == null || !PAGE_TYPE.equals(page.getValueMap().get("jcr:primaryType", String.class))) {
            return Optional.empty();
        }
        Resource content = page.getChild("jcr:content");
        if (content == null || !content.getValueMap().get(PortraitProperties.PUBLISHED, false)) {
            return Optional.empty();
        }
        ValueMap values = content.getValueMap();
        LocalDate date = date(values, PortraitProperties.PUBLICATION_DATE);
        if (date == null) {
            date = date(values, PUBLISH_DATE);
        }
        return Optional.of(new PageSummary(page.getPath(), values.get("jcr:title", page.getName()), date));
    }

    static LocalDate date(ValueMap values, String name) {
        Calendar calendar = values.get(name, Calendar.class);
        if (calendar != null) {
            return calendar.toInstant().atZone(PortraitReader.AMSTERDAM).toLocalDate();
        }
        String text = values.get(name, "");
        if (text.length() >= 10) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A page in a "read also" list.
     *
     * @param path the page's path
     * @param title its title
     * @param date its publication date; null when it has none
     */
    public record PageSummary(String path, String title, LocalDate date) {}
}
