package nl.samenwerkingskaart.it;

/** Paths of the demo publications site and our endpoints that the tests use. */
final class TestPaths {
    static final String SITE = "/content/samenwerkingskaart/samenwerkingskaart";
    static final String MAP_PAGE = SITE + "/kaart.html";
    static final String MAP_DATA = "/bin/samenwerkingskaart/public/initiatives.json";
    static final String DETAIL = "/bin/samenwerkingskaart/public/initiative.json/";
    static final String DATA_ROOT = "/var/samenwerkingskaart/initiatives";

    private TestPaths() {}
}
