package nl.samenwerkingskaart.it;

/** Paths of the demo publications site and our endpoints that the tests use. */
final class TestPaths {
    static final String SITE = "/content/samenwerkingskaart/samenwerkingskaart";
    static final String MAP_PAGE = SITE + "/kaart.html";
    static final String MAP_DATA = "/bin/samenwerkingskaart/public/initiatives.json";
    static final String DETAIL = "/bin/samenwerkingskaart/public/initiative.json/";
    static final String DATA_ROOT = "/var/samenwerkingskaart/initiatives";
    static final String PORTRAITS = SITE + "/regioportretten";
    static final String PORTRAIT_LIST = PORTRAITS + "/index.html";
    static final String PORTRAITS_JSON = "/bin/samenwerkingskaart/public/portraits.json";
    static final String PORTRAIT_PDFS = "/static/samenwerkingskaart/portretten";

    private TestPaths() {}
}
