package nl.samenwerkingskaart.portraits;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Predicate;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceUtil;

/** Portraits for tests: records, and pages in a (mock) repository as Sling CMS stores them. */
public final class TestPortraits {

    /** The labour-market regions AM01..AM35. */
    public static final Predicate<String> REGIONS = code -> code != null
            && code.matches("AM(0[1-9]|[12][0-9]|3[0-5])");

    public static final String PDF = "/static/portretten/twente.pdf";

    private TestPortraits() {}

    /** A portrait with everything publishing needs. */
    public static Builder portrait() {
        return new Builder();
    }

    public static final class Builder {
        private String path = "/content/site/portretten/twente";
        private String id;
        private String title = "Twente";
        private List<String> regions = List.of("AM20");
        private String summary = "Twente werkt samen.";
        private List<String> typologyTags = List.of("netwerk", "groeiend");
        private String typology = "Een netwerk.";
        private String strengths = "Korte lijnen.";
        private String weaknesses = "Weinig geld.";
        private String recommendations = "Meer geld.";
        private List<String> goodPractices = List.of("techniekpact-twente-k3f9q");
        private List<String> authors = List.of("dr. A. de Vries");
        private LocalDate publicationDate = LocalDate.of(2026, 12, 1);
        private String pdfPath = PDF;
        private List<String> related = List.of("/content/site/publicaties/rapport");
        private boolean published;

        public Builder id(String value) { id = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder regions(String... values) { regions = List.of(values); return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder typologyTags(String... values) { typologyTags = List.of(values); return this; }
        public Builder typology(String value) { typology = value; return this; }
        public Builder strengths(String value) { strengths = value; return this; }
        public Builder weaknesses(String value) { weaknesses = value; return this; }
        public Builder recommendations(String value) { recommendations = value; return this; }
        public Builder authors(List<String> values) { authors = new ArrayList<>(values); return this; }
        public Builder publicationDate(LocalDate value) { publicationDate = value; return this; }
        public Builder pdfPath(String value) { pdfPath = value; return this; }
        public Builder related(String... values) { related = List.of(values); return this; }
        public Builder published(boolean value) { published = value; return this; }

        public Portrait build() {
            return new Portrait(path, id, title, regions, summary, typologyTags, typology, strengths, weaknesses,
                    recommendations, goodPractices, authors, publicationDate, pdfPath, related, published);
        }
    }

    /** The jcr:content of a portrait page with everything publishing needs (the PDF must be made separately). */
    public static Map<String, Object> completeContent(String title) {
        Map<String, Object> content = new HashMap<>();
        content.put(PortraitProperties.TITLE, title);
        content.put(PortraitProperties.REGIONS, new String[] {"AM20"});
        content.put(PortraitProperties.SUMMARY, "Samenvatting van " + title + ".");
        content.put(PortraitProperties.TYPOLOGY_TAGS, new String[] {"netwerk"});
        content.put(PortraitProperties.TYPOLOGY, "Typering van " + title + ".");
        content.put(PortraitProperties.STRENGTHS, "Sterk in " + title + ".");
        content.put(PortraitProperties.WEAKNESSES, "Zwak in " + title + ".");
        content.put(PortraitProperties.RECOMMENDATIONS, "Advies voor " + title + ".");
        content.put(PortraitProperties.AUTHORS, new String[] {"dr. A. de Vries"});
        content.put(PortraitProperties.PUBLICATION_DATE, calendar(2026, 12, 1));
        content.put(PortraitProperties.PDF, PDF);
        return content;
    }

    /** Creates a portrait page (a page with a jcr:content of the portrait type), parents as folders; commits. */
    public static Resource page(ResourceResolver resolver, String path, Map<String, Object> content)
            throws PersistenceException {
        Resource page = node(resolver, path, Map.of("jcr:primaryType", "nt:unstructured",
                "sling:resourceType", "sling:Page"));
        Map<String, Object> properties = new HashMap<>(content);
        properties.put("jcr:primaryType", "nt:unstructured");
        properties.putIfAbsent("sling:resourceType", PortraitProperties.RESOURCE_TYPE);
        resolver.create(page, "jcr:content", properties);
        resolver.commit();
        return page;
    }

    /** Creates a PDF file (a resource with a jcr:content holding the data); commits. */
    public static void pdf(ResourceResolver resolver, String path, String data) throws PersistenceException {
        Resource file = node(resolver, path, Map.of("jcr:primaryType", "nt:unstructured"));
        resolver.create(file, "jcr:content", Map.of("jcr:primaryType", "nt:unstructured",
                "jcr:mimeType", "application/pdf",
                "jcr:data", new ByteArrayInputStream(data.getBytes(StandardCharsets.US_ASCII))));
        resolver.commit();
    }

    /** Creates a resource, its missing parents as sling:Folder; does not commit. */
    public static Resource node(ResourceResolver resolver, String path, Map<String, Object> properties)
            throws PersistenceException {
        Resource parent = ResourceUtil.getOrCreateResource(resolver, ResourceUtil.getParent(path),
                Map.of("jcr:primaryType", "sling:Folder"), "sling:Folder", false);
        return resolver.create(parent, ResourceUtil.getName(path), properties);
    }

    public static GregorianCalendar calendar(int year, int month, int day) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"));
        calendar.clear();
        calendar.set(year, month - 1, day);
        return calendar;
    }
}
