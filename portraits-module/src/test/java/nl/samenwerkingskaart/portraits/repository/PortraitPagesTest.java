package nl.samenwerkingskaart.portraits.repository;

import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PortraitPagesTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        TestPortraits.node(resolver, "/content/site", Map.of("jcr:primaryType", "nt:unstructured",
                "sling:resourceType", "sling:Site"));
        Map<String, Object> plainPage = new HashMap<>(Map.of("jcr:title", "Portretten",
                "sling:resourceType", "reference/components/pages/base"));
        page(resolver, "/content/site/portretten", plainPage);
        page(resolver, "/content/site/portretten/twente", TestPortraits.completeContent("Twente"));
        page(resolver, "/content/site/portretten/twente/achtergrond", TestPortraits.completeContent("Achtergrond"));
        TestPortraits.node(resolver, "/content/site/portretten/noord", Map.of("jcr:primaryType", "sling:Folder"));
        TestPortraits.node(resolver, "/content/site/portretten/noord/oost", Map.of("jcr:primaryType",
                "sling:OrderedFolder"));
        page(resolver, "/content/site/portretten/noord/oost/groningen", TestPortraits.completeContent("Groningen"));
        // a portrait-like node inside a page's content is a component, not a page
        page(resolver, "/content/site/portretten/twente/jcr:content/embedded",
                TestPortraits.completeContent("Ingebed"));
        // nor is one below a resource that is neither page nor folder
        TestPortraits.node(resolver, "/content/site/data", Map.of("jcr:primaryType", "nt:unstructured"));
        page(resolver, "/content/site/data/verstopt", TestPortraits.completeContent("Verstopt"));
        page(resolver, "/content/ander/portretten/zeeland", TestPortraits.completeContent("Zeeland"));
        resolver.commit();
    }

    private static List<String> titles(List<Portrait> portraits) {
        return portraits.stream().map(Portrait::title).toList();
    }

    @Test
    void findsPortraitsInNestedPagesAndFoldersInTreeOrder() {
        assertEquals(List.of("Twente", "Achtergrond", "Groningen"),
                titles(PortraitPages.under(resolver, "/content/site")));
    }

    @Test
    void everySiteBelowContent() {
        assertEquals(List.of("Twente", "Achtergrond", "Groningen", "Zeeland"),
                titles(PortraitPages.under(resolver, PortraitPages.CONTENT_ROOT)));
    }

    @Test
    void theRootItselfCounts() {
        assertEquals(List.of("Twente", "Achtergrond"),
                titles(PortraitPages.under(resolver, "/content/site/portretten/twente")));
        assertEquals(List.of("Groningen"), titles(PortraitPages.under(resolver, "/content/site/portretten/noord")));
    }

    @Test
    void nothingBelowAMissingRoot() {
        assertEquals(List.of(), PortraitPages.under(resolver, "/content/nergens"));
    }
}
