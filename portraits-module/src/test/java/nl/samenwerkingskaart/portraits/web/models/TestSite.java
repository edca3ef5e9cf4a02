package nl.samenwerkingskaart.portraits.web.models;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.api.InitiativeDirectory;
import nl.samenwerkingskaart.initiatives.api.InitiativeSummary;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;

/** The test site of test-content {@code /portraits/site.json}, its PDFs and the initiatives bundle's services. */
public final class TestSite {

    public static final String SITE = "/content/publicaties";
    public static final String TWENTE = SITE + "/portretten/twente";
    public static final String ZEELAND = SITE + "/portretten/zeeland";
    public static final String ACHTERHOEK = SITE + "/portretten/achterhoek";
    public static final String DRAFT = SITE + "/portretten/concept";
    public static final String LIST = SITE + "/portretten/index/jcr:content/container/list";
    public static final String MAP = SITE + "/kaart/jcr:content/container/map";
    /** 1.234.567 bytes: "1,2 MB" in Dutch. */
    public static final int TWENTE_PDF_BYTES = 1_234_567;
    public static final int ZEELAND_PDF_BYTES = 85_300;

    private TestSite() {}

    public static void load(SlingContext context) {
        context.load().json("/portraits/site.json", SITE);
        context.load().binaryFile(new ByteArrayInputStream(new byte[TWENTE_PDF_BYTES]), "/static/portretten/twente.pdf",
                "application/pdf");
        context.load().binaryFile(new ByteArrayInputStream(new byte[ZEELAND_PDF_BYTES]),
                "/static/portretten/zeeland.pdf", "application/pdf");
        context.registerService(RegionDirectory.class, TestSite::regions);
        context.registerService(InitiativeDirectory.class, new Initiatives());
    }

    static Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("AM05", "Twente");
        regions.put("AM09", "Achterhoek");
        regions.put("AM24", "Zeeland");
        return regions;
    }

    /** Two published initiatives; "concept-initiatief" exists but is not published, so it is not here. */
    static final class Initiatives implements InitiativeDirectory {
        private final List<InitiativeSummary> published = List.of(
                new InitiativeSummary("achterhoek-maakt", "Achterhoek Maakt", "AM09", "Doetinchem"),
                new InitiativeSummary("techniek-twente", "Techniek <Twente>", "AM05", "Enschede"));

        @Override
        public List<InitiativeSummary> published() {
            return published;
        }

        @Override
        public Optional<InitiativeSummary> published(String id) {
            return published.stream().filter(i -> i.id().equals(id)).findFirst();
        }
    }
}
