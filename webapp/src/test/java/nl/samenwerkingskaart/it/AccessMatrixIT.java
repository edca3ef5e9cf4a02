package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of CONTENT-MODEL ("Who may do what") and QUALITY ("access"), as data: every cell is a role, a
 * method, a path and the expected outcome (allow or deny). All cells run; every failure is collected and reported
 * together, named by its cell, and the matrix is printed to stdout.
 *
 * <p>Roles: anonymous, site editor (Sling CMS's group {@code authors}), researcher (group {@code researchers}),
 * portrait editor (an author who is also in {@code portrait-editors}), the holder of a review token (anonymous with a
 * valid link: on data paths it has exactly what anonymous has, the token opens only the review endpoint) and the
 * administrator.
 *
 * <p>Reads: every data path × Sling's default renderings. "Deny" means no 2xx and none of the node's data (a marker
 * value that is not part of the path) in the body. "Allow" means the role gets what the administrator gets (the
 * same status, and the marker when the administrator's answer has it); the administrator's own cells are checked
 * against the expected 2xx, except for renderings that answer no 2xx for anybody (noted in the summary).
 *
 * <p>Writes: Sling's default POST servlet (set a property, create a child, delete, move, copy, import) per role
 * and data path; each cell is read back as the administrator: a denied cell must leave the node exactly as it was
 * and create nothing; an allowed cell must have had its effect (which is then undone). Cells that can succeed are
 * done on fresh test nodes, never on the demo data or the shared folders' content.
 */
@ExtendWith(CmsServer.class)
class AccessMatrixIT {

    private static final String INITIATIVES = TestPaths.DATA_ROOT;
    private static final String SUBMISSIONS = PublicSubmissions.DATA_ROOT;
    private static final String CONF = "/conf/samenwerkingskaart";
    private static final String TAXONOMY = "/etc/taxonomy/samenwerkingskaart";
    private static final String REVIEWS = PortraitFixtures.REVIEWS_ROOT;
    private static final String NEWSLETTER = "/var/samenwerkingskaart/newsletter";
    private static final String IMPORTS = "/var/samenwerkingskaart/imports";

    private static final List<String> RENDERINGS = List.of(".json", ".1.json", ".infinity.json", ".tidy.json",
            ".xml", ".txt", ".html", ".harray.json", ".tidy.-1.json", ".json/foo");

    enum Role { ANONYMOUS, REVIEW_TOKEN, SITE_EDITOR, RESEARCHER, PORTRAIT_EDITOR, ADMIN }

    enum Expect { ALLOW, DENY }

    enum WriteOp { SET_PROPERTY, CREATE_CHILD, DELETE, MOVE, COPY, IMPORT }

    /** A kind of data path; the fixture paths are made fresh by the test, the shared ones exist already. */
    enum Target {
        INITIATIVES_ROOT(false), PUBLISHED(true), PUBLISHED_PARTIES(true), PUBLISHED_PARTY(true),
        PUBLISHED_LOCATION(true), UNPUBLISHED(true), UNPUBLISHED_PARTY(true), SUBMISSIONS_ROOT(false),
        SUBMISSION(true), SUBMISSION_PROPOSED(true), RESEARCHER_HOME(false), CONF_ROOT(false), TAXONOMY_ROOT(false),
        REVIEWS_ROOT(false), REVIEW_ROUND(true), REVIEW_INVITATION(true), REVIEW_FEEDBACK(true), DRAFT_PORTRAIT(true),
        NEWSLETTER_ROOT(false), IMPORTS_ROOT(false);

        final boolean fixture;

        Target(boolean fixture) {
            this.fixture = fixture;
        }

        boolean initiatives() {
            return name().startsWith("PUBLISHED") || name().startsWith("UNPUBLISHED") || this == INITIATIVES_ROOT;
        }

        boolean submissions() {
            return name().startsWith("SUBMISSION");
        }

        boolean reviews() {
            return name().startsWith("REVIEW");
        }

        /** Newsletter subscribers and researchers' uploaded import files: not for site or portrait editors. */
        boolean privateData() {
            return this == NEWSLETTER_ROOT || this == IMPORTS_ROOT;
        }
    }

    /** One cell of the matrix. {@code what} is the rendering (reads) or the operation (writes). */
    record Cell(Role role, String method, Target target, String what, Expect expect) {
        String name() {
            return role + " " + method + " " + target + " " + what + " → expected " + expect;
        }
    }

    /** A draft portrait with its review round: one invitation (whose token is known) and one remark. */
    private record Review(String portrait, String round, String invitation, String feedback, String token,
            String title) {}

    /** The nodes one set of cells works on: two initiatives and a submission with their children. */
    private record Fixture(String published, String unpublished, String submission, String email,
            Review review, Map<Target, String> markers) {
        String path(Target target, AccessMatrixIT test) {
            return switchPath(target, test);
        }

        private String switchPath(Target target, AccessMatrixIT test) {
            String pub = INITIATIVES + "/" + published;
            String unpub = INITIATIVES + "/" + unpublished;
            String sub = SUBMISSIONS + "/" + submission;
            return Map.ofEntries(
                    Map.entry(Target.INITIATIVES_ROOT, INITIATIVES),
                    Map.entry(Target.PUBLISHED, pub),
                    Map.entry(Target.PUBLISHED_PARTIES, pub + "/parties"),
                    Map.entry(Target.PUBLISHED_PARTY, pub + "/parties/0"),
                    Map.entry(Target.PUBLISHED_LOCATION, pub + "/locations/0"),
                    Map.entry(Target.UNPUBLISHED, unpub),
                    Map.entry(Target.UNPUBLISHED_PARTY, unpub + "/parties/0"),
                    Map.entry(Target.SUBMISSIONS_ROOT, SUBMISSIONS),
                    Map.entry(Target.SUBMISSION, sub),
                    Map.entry(Target.SUBMISSION_PROPOSED, sub + "/proposed"),
                    Map.entry(Target.RESEARCHER_HOME, test.otherResearcherHome),
                    Map.entry(Target.CONF_ROOT, CONF),
                    Map.entry(Target.TAXONOMY_ROOT, TAXONOMY),
                    Map.entry(Target.REVIEWS_ROOT, REVIEWS),
                    Map.entry(Target.REVIEW_ROUND, review.round()),
                    Map.entry(Target.REVIEW_INVITATION, review.invitation()),
                    Map.entry(Target.REVIEW_FEEDBACK, review.feedback()),
                    Map.entry(Target.NEWSLETTER_ROOT, NEWSLETTER),
                    Map.entry(Target.IMPORTS_ROOT, IMPORTS),
                    // The page's content: Sling CMS's sling:Page itself takes no properties of its own.
                    Map.entry(Target.DRAFT_PORTRAIT, review.portrait() + "/jcr:content")).get(target);
        }
    }

    private Cms cms;
    private Http admin;
    private TestData data;
    private Researchers researchers;
    private final Map<Role, Http> clients = new LinkedHashMap<>();
    private String otherResearcherHome;
    private String homeMarker;
    private final List<String> cleanup = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> summary = new LinkedHashMap<>();
    private int cells;

    @BeforeEach
    void setUp(Cms cms) {
        this.cms = cms;
        admin = Http.admin(cms.base());
        data = new TestData(admin);
        researchers = new Researchers(admin);
        clients.put(Role.ANONYMOUS, Http.anonymous(cms.base()));
        clients.put(Role.REVIEW_TOKEN, Http.anonymous(cms.base()));
        clients.put(Role.SITE_EDITOR, researchers.newSiteEditor().http(cms.base()));
        clients.put(Role.RESEARCHER, researchers.newResearcher().http(cms.base()));
        clients.put(Role.PORTRAIT_EDITOR, new PortraitFixtures(admin).newPortraitEditor(researchers).http(cms.base()));
        clients.put(Role.ADMIN, admin);
        // A second researcher, whose user node under /home/users the others try to read and change.
        User other = researchers.newResearcher();
        homeMarker = "matrix-" + UUID.randomUUID();
        HttpResponse<String> marked = admin.post("/system/userManager/user/" + other.name() + ".update.json",
                List.of(Map.entry("swkMarker", homeMarker)));
        assertTrue(marked.statusCode() < 300, "marking the user answered " + marked.statusCode());
        otherResearcherHome = findUserNode("/home/users", other.name(), 0);
        assertTrue(otherResearcherHome != null, "the user node of " + other.name() + " is under /home/users");
    }

    @AfterEach
    void tearDown() {
        for (String path : cleanup) {
            admin.post(path, Map.of(":operation", "delete"));
        }
        researchers.deleteCreatedUsers();
    }

    @Test
    void everyCellOfTheMatrixHolds() {
        long start = System.nanoTime();
        Fixture reads = fixture(true);
        readCells(reads);
        passwordCells();
        writeCells();
        endpointCells(reads);
        reviewEndpointCells(reads);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        StringBuilder out = new StringBuilder("\n=== AccessMatrixIT: " + cells + " cells, " + failures.size()
                + " failed, " + seconds + " s ===\n");
        summary.forEach((row, marks) -> out.append(String.format("%-62s %s%n", row, marks)));
        out.append("legend: A allowed, - denied, 0 denied (a 2xx that changed nothing), n no 2xx for anybody"
                + " (admin too), ! cell failed\n");
        failures.forEach(f -> out.append("FAILED ").append(f).append('\n'));
        System.out.println(out);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " cells failed:\n"
                + String.join("\n", failures));
    }

    // --- reads ---------------------------------------------------------------------------------------------------

    private void readCells(Fixture fixture) {
        for (Target target : Target.values()) {
            String path = fixture.path(target, this);
            String marker = fixture.markers().get(target);
            for (String rendering : RENDERINGS) {
                HttpResponse<String> asAdmin = admin.get(path + rendering);
                for (Role role : Role.values()) {
                    Cell cell = new Cell(role, "GET", target, rendering, expectedRead(role, target));
                    HttpResponse<String> response = role == Role.ADMIN ? asAdmin : clients.get(role).get(path + rendering);
                    cells++;
                    String mark = checkRead(cell, path + rendering, response, asAdmin, marker);
                    record("GET " + role + " " + target, mark);
                }
            }
        }
    }

    /**
     * Sling CMS grants authors jcr:read on /, users' nodes included; our repoinit denies them the password hashes.
     * The administrator's answer shows that the rendering does carry {@code rep:password} to whoever may read it.
     */
    private void passwordCells() {
        for (String rendering : List.of(".json", ".1.json", ".infinity.json", ".tidy.json", ".harray.json",
                ".tidy.-1.json", ".json/foo")) {
            String url = otherResearcherHome + rendering;
            HttpResponse<String> asAdmin = admin.get(url);
            record("GET ADMIN rep:password of " + Target.RESEARCHER_HOME,
                    asAdmin.body().contains("rep:password") ? "A" : "n");
            cells++;
            for (Role role : List.of(Role.ANONYMOUS, Role.SITE_EDITOR, Role.RESEARCHER, Role.PORTRAIT_EDITOR)) {
                Cell cell = new Cell(role, "GET", Target.RESEARCHER_HOME, rendering + " rep:password", Expect.DENY);
                cells++;
                HttpResponse<String> response = clients.get(role).get(url);
                record("GET " + role + " rep:password of " + Target.RESEARCHER_HOME,
                        response.body().contains("rep:password") ? fail(cell, url + " answered " + response.statusCode()
                                + " with the password hash") : "-");
            }
        }
    }

    /** CONTENT-MODEL as the repository grants it (see the comments for where the grant is wider than the model). */
    private static Expect expectedRead(Role role, Target target) {
        return switch (role) {
            case ADMIN -> Expect.ALLOW;
            // Sling CMS's filter lets an anonymous request reach only /content, /static and the public endpoints,
            // and of /content only published pages. A review token opens nothing but the review endpoint.
            case ANONYMOUS, REVIEW_TOKEN -> Expect.DENY;
            // Sling CMS grants authors jcr:read on /; our repoinit takes the submissions, the initiatives (drafts,
            // provenance) and the review rounds away from them. They do read /conf, the taxonomy, draft pages and
            // other users' nodes (not their password hashes): wider than "edit pages", see docs/contracts.md
            // "Access matrix".
            case SITE_EDITOR -> target.submissions() || target.initiatives() || target.reviews()
                    || target.privateData() ? Expect.DENY : Expect.ALLOW;
            // Portrait editors are authors who also read the review rounds.
            case PORTRAIT_EDITOR -> target.submissions() || target.initiatives() || target.privateData()
                    ? Expect.DENY : Expect.ALLOW;
            // Researchers read initiatives, submissions, /conf, the taxonomy, pages and their import files; not other
            // users, not reviews, not newsletter subscribers.
            case RESEARCHER -> target == Target.RESEARCHER_HOME || target.reviews()
                    || target == Target.NEWSLETTER_ROOT ? Expect.DENY : Expect.ALLOW;
        };
    }

    private String checkRead(Cell cell, String url, HttpResponse<String> response, HttpResponse<String> asAdmin,
            String marker) {
        int status = response.statusCode();
        boolean twoXx = status >= 200 && status < 300;
        boolean hasMarker = marker != null && response.body().contains(marker);
        boolean adminTwoXx = asAdmin.statusCode() >= 200 && asAdmin.statusCode() < 300;
        if (cell.expect() == Expect.DENY) {
            if (twoXx || hasMarker) {
                return fail(cell, url + " answered " + status + (hasMarker ? " with the node's data" : ""));
            }
            return "-";
        }
        if (!adminTwoXx) {
            // Not rendered for anybody (e.g. no script for .html): the role gets the same answer as the admin.
            if (status != asAdmin.statusCode() && (twoXx || hasMarker)) {
                return fail(cell, url + " answered " + status + ", the administrator " + asAdmin.statusCode());
            }
            return "n";
        }
        boolean adminHasMarker = marker != null && asAdmin.body().contains(marker);
        if (status != asAdmin.statusCode() || (adminHasMarker && !hasMarker)) {
            return fail(cell, url + " answered " + status + (adminHasMarker && !hasMarker ? " without the data" : "")
                    + ", the administrator " + asAdmin.statusCode());
        }
        return "A";
    }

    // --- writes --------------------------------------------------------------------------------------------------

    private void writeCells() {
        Fixture fixture = fixture(false);
        for (Role role : Role.values()) {
            for (Target target : Target.values()) {
                for (WriteOp op : WriteOp.values()) {
                    Expect expect = expectedWrite(role, target, op);
                    if (role == Role.ADMIN && !target.fixture) {
                        continue; // the administrator may do everything; not tried on shared folders and config
                    }
                    Cell cell = new Cell(role, "POST", target, op.name(), expect);
                    cells++;
                    String mark = checkWrite(cell, fixture.path(target, this), op);
                    record("POST " + role + " " + target, mark);
                    if (mark.equals("A") && target.fixture) {
                        fixture = fixture(false); // the nodes may be changed, moved or gone: fresh ones
                    }
                }
            }
        }
    }

    private static Expect expectedWrite(Role role, Target target, WriteOp op) {
        return switch (role) {
            case ADMIN -> Expect.ALLOW;
            case ANONYMOUS, REVIEW_TOKEN -> Expect.DENY;
            // Authors write pages (Sling CMS's grant on /content), drafts included.
            case SITE_EDITOR -> target == Target.DRAFT_PORTRAIT ? Expect.ALLOW : Expect.DENY;
            // Portrait editors: pages as authors, and jcr:read, rep:write on the review rounds (the console works with
            // their session, as the researchers' does): on the folder itself no delete, move or copy.
            case PORTRAIT_EDITOR -> {
                if (target == Target.DRAFT_PORTRAIT || (target.reviews() && target.fixture)) {
                    yield Expect.ALLOW;
                }
                if (target == Target.REVIEWS_ROOT) {
                    yield op == WriteOp.SET_PROPERTY || op == WriteOp.CREATE_CHILD || op == WriteOp.IMPORT
                            ? Expect.ALLOW : Expect.DENY;
                }
                yield Expect.DENY;
            }
            // repoinit: researchers have jcr:read, rep:write on the initiatives (the console and the import work with
            // their session, by design). So they may change, create, delete, move and copy any initiative through
            // Sling's POST servlet too; on the folder itself they may set properties and add children, but not
            // delete, move or copy it (no write on /var/samenwerkingskaart). Submissions they only read: decisions
            // and erasures are written by service users in their name, so the moderation cannot be gone around
            // (ModerationBypassIT, docs/security.md).
            case RESEARCHER -> {
                if (target.submissions()) {
                    yield Expect.DENY;
                }
                if (target.fixture && !target.reviews() && target != Target.DRAFT_PORTRAIT) {
                    yield Expect.ALLOW;
                }
                if (target == Target.INITIATIVES_ROOT || target == Target.IMPORTS_ROOT) {
                    yield op == WriteOp.SET_PROPERTY || op == WriteOp.CREATE_CHILD || op == WriteOp.IMPORT
                            ? Expect.ALLOW : Expect.DENY;
                }
                yield Expect.DENY;
            }
        };
    }

    private String checkWrite(Cell cell, String path, WriteOp op) {
        String token = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        String parent = path.substring(0, path.lastIndexOf('/'));
        String sibling = parent + "/" + path.substring(path.lastIndexOf('/') + 1) + "-" + token;
        String child = path + "/" + token;
        HttpResponse<String> before = admin.get(path + ".json");
        Http http = clients.get(cell.role());
        HttpResponse<String> response = switch (op) {
            case SET_PROPERTY -> http.post(path, List.of(Map.entry("swkProbe", token)));
            case CREATE_CHILD -> http.post(child, List.of(Map.entry("swkProbe", token)));
            case DELETE -> http.post(path, List.of(Map.entry(":operation", "delete")));
            case MOVE -> http.post(path, List.of(Map.entry(":operation", "move"), Map.entry(":dest", sibling)));
            case COPY -> http.post(path, List.of(Map.entry(":operation", "copy"), Map.entry(":dest", sibling)));
            case IMPORT -> http.post(path, List.of(Map.entry(":operation", "import"),
                    Map.entry(":contentType", "json"), Map.entry(":name", token),
                    Map.entry(":content", "{\"swkProbe\":\"" + token + "\"}")));
        };
        HttpResponse<String> after = admin.get(path + ".json");
        boolean siblingExists = admin.get(sibling + ".json").statusCode() == 200;
        boolean childExists = admin.get(child + ".json").statusCode() == 200;
        boolean unchanged = before.statusCode() == after.statusCode() && before.body().equals(after.body());
        boolean effect = switch (op) {
            case SET_PROPERTY -> after.body().contains(token);
            case CREATE_CHILD, IMPORT -> childExists;
            case DELETE -> after.statusCode() == 404;
            case MOVE -> after.statusCode() == 404 && siblingExists;
            case COPY -> siblingExists;
        };
        // Undo whatever happened, on shared folders above all.
        if (childExists) {
            admin.post(child, Map.of(":operation", "delete"));
        }
        if (siblingExists) {
            admin.post(sibling, Map.of(":operation", "delete"));
        }
        if (op == WriteOp.SET_PROPERTY && after.body().contains(token)) {
            admin.post(path, List.of(Map.entry("swkProbe@Delete", "")));
        }
        int status = response.statusCode();
        if (cell.expect() == Expect.DENY) {
            if (effect || !unchanged || siblingExists || childExists) {
                return fail(cell, "POST " + path + " answered " + status + " and changed the repository");
            }
            // Sling's delete of a node the user cannot see answers 200 and does nothing: to them it does not exist.
            return status >= 200 && status < 300 ? "0" : "-";
        }
        if (!effect) {
            return fail(cell, "POST " + path + " answered " + status + " without effect: "
                    + abbreviate(response.body()));
        }
        return "A";
    }

    // --- endpoints -----------------------------------------------------------------------------------------------

    private void endpointCells(Fixture fixture) {
        Http anonymous = clients.get(Role.ANONYMOUS);
        // The public endpoints: anonymous allowed, published initiatives only.
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, TestPaths.MAP_DATA, Expect.ALLOW),
                anonymous.get(TestPaths.MAP_DATA), fixture.markers().get(Target.PUBLISHED), null);
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, TestPaths.MAP_DATA + " (draft)", Expect.DENY),
                anonymous.get(TestPaths.MAP_DATA), null, fixture.markers().get(Target.UNPUBLISHED));
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, TestPaths.DETAIL + "<published>", Expect.ALLOW),
                anonymous.get(TestPaths.DETAIL + fixture.published()), fixture.markers().get(Target.PUBLISHED), null);
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, TestPaths.DETAIL + "<unpublished>", Expect.DENY),
                anonymous.get(TestPaths.DETAIL + fixture.unpublished()), null,
                fixture.markers().get(Target.UNPUBLISHED));
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, PublicSubmissions.TOKEN, Expect.ALLOW),
                anonymous.get(PublicSubmissions.TOKEN), "\"token\"", null);
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, TestPaths.MAP_PAGE, Expect.ALLOW),
                anonymous.get(TestPaths.MAP_PAGE), "data-swk-map", null);
        // (POST to the submission endpoint as anonymous: the fixture's submission was stored that way.)
        cells++;
        record("PUBLIC ANONYMOUS POST " + PublicSubmissions.ENDPOINT, "A");

        // The console servlets: anonymous and site editor refused, nothing changed; researcher and admin allowed.
        String unpublishedJson = INITIATIVES + "/" + fixture.unpublished() + ".json";
        String submissionJson = SUBMISSIONS + "/" + fixture.submission() + ".json";
        String submitterMarker = fixture.markers().get(Target.SUBMISSION);
        for (Role role : Role.values()) {
            Http http = clients.get(role);
            String token = role == Role.ANONYMOUS ? null
                    : Researchers.csrfToken(http.get("/cms/samenwerking/personal-data.html").body());
            if (token == null && role != Role.ANONYMOUS) {
                token = Researchers.csrfToken(http.get(Researchers.FORM_PAGE).body());
            }
            boolean refused = role != Role.RESEARCHER && role != Role.ADMIN;
            Expect expect = refused ? Expect.DENY : Expect.ALLOW;

            // Personal data: the export names the submission and the submitter.
            List<Map.Entry<String, String>> export = withToken(token, List.of(Map.entry(":action", "export"),
                    Map.entry("email", fixture.email())));
            endpoint(new Cell(role, "POST", null, "/bin/samenwerkingskaart/console/personal-data export", expect),
                    http.post("/bin/samenwerkingskaart/console/personal-data", export), submitterMarker,
                    refused ? submitterMarker : null);

            // The moderation queue page lists the submission only for those who may read it.
            endpoint(new Cell(role, "GET", null, "/cms/samenwerking/submissions.html?state=all", expect),
                    http.get("/cms/samenwerking/submissions.html?state=all"), fixture.submission(),
                    refused ? fixture.submission() : null);

            if (refused) {
                // Moderation decision and console publish: refused, and read back unchanged.
                String submissionBefore = admin.get(submissionJson).body();
                HttpResponse<String> review = http.post("/bin/samenwerkingskaart/console/submissions",
                        withToken(token, List.of(Map.entry(":action", "review"),
                                Map.entry("reference", fixture.submission()))));
                consoleRefusal(new Cell(role, "POST", null, "/bin/samenwerkingskaart/console/submissions review",
                        expect), review, submissionBefore, admin.get(submissionJson).body());
                String initiativeBefore = admin.get(unpublishedJson).body();
                HttpResponse<String> publish = http.post(Researchers.CONSOLE_SERVLET,
                        withToken(token, List.of(Map.entry(":action", "publish"),
                                Map.entry("id", fixture.unpublished()))));
                consoleRefusal(new Cell(role, "POST", null, Researchers.CONSOLE_SERVLET + " publish", expect),
                        publish, initiativeBefore, admin.get(unpublishedJson).body());
            }
        }
    }

    /**
     * The review round's endpoints: the token's holder reads the draft through the link and nobody reads it without;
     * only portrait editors (and the administrator) see the round in the console or change it.
     */
    private void reviewEndpointCells(Fixture fixture) {
        Review review = fixture.review();
        String link = PortraitFixtures.REVIEW + ".html/" + review.token();
        endpoint(new Cell(Role.REVIEW_TOKEN, "GET", null, PortraitFixtures.REVIEW + ".html/<token>", Expect.ALLOW),
                clients.get(Role.REVIEW_TOKEN).get(link), review.title(), null);
        String otherToken = review.token().substring(1) + (review.token().charAt(0) == 'A' ? 'B' : 'A');
        endpoint(new Cell(Role.ANONYMOUS, "GET", null, PortraitFixtures.REVIEW + ".html/<other token>", Expect.DENY),
                clients.get(Role.ANONYMOUS).get(PortraitFixtures.REVIEW + ".html/" + otherToken), null,
                review.title());
        String console = PortraitFixtures.CONSOLE_PAGE + review.portrait();
        String email = fixture.markers().get(Target.REVIEW_INVITATION);
        for (Role role : Role.values()) {
            Http http = clients.get(role);
            boolean allowed = role == Role.PORTRAIT_EDITOR || role == Role.ADMIN;
            Expect expect = allowed ? Expect.ALLOW : Expect.DENY;
            HttpResponse<String> page = http.get(console);
            endpoint(new Cell(role, "GET", null, PortraitFixtures.CONSOLE_PAGE + "<draft> (contacts)", expect), page,
                    allowed ? email : null, allowed ? null : email);
            String token = Researchers.csrfToken(page.body());
            String before = admin.get(review.round() + ".infinity.json").body();
            HttpResponse<String> invite = http.post(PortraitFixtures.CONSOLE_ACTIONS, withToken(token, List.of(
                    Map.entry("portrait", review.portrait()), Map.entry("action", "invite"),
                    Map.entry("name", "Matrix Uitgenodigd"), Map.entry("email", "matrix-invite@example.nl"))));
            if (allowed) {
                endpoint(new Cell(role, "POST", null, PortraitFixtures.CONSOLE_ACTIONS + " invite", expect),
                        new StatusOnly(invite.statusCode() == 303 ? 200 : invite.statusCode(), invite), null, null);
            } else {
                consoleRefusal(new Cell(role, "POST", null, PortraitFixtures.CONSOLE_ACTIONS + " invite", expect),
                        invite, before, admin.get(review.round() + ".infinity.json").body());
            }
        }
    }

    /** A response seen through another status (a 303 after a done action counts as the 200 of a read). */
    private record StatusOnly(int statusCode, HttpResponse<String> response) implements HttpResponse<String> {
        public java.net.http.HttpRequest request() { return response.request(); }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return response.previousResponse(); }
        public java.net.http.HttpHeaders headers() { return response.headers(); }
        public String body() { return response.body(); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return response.sslSession(); }
        public java.net.URI uri() { return response.uri(); }
        public java.net.http.HttpClient.Version version() { return response.version(); }
    }

    private void endpoint(Cell cell, HttpResponse<String> response, String mustContain, String mustNotContain) {
        cells++;
        int status = response.statusCode();
        String mark;
        if (cell.expect() == Expect.ALLOW) {
            mark = status == 200 && (mustContain == null || response.body().contains(mustContain)) ? "A"
                    : fail(cell, "answered " + status + (mustContain == null ? "" : " without " + mustContain));
        } else {
            boolean leaked = mustNotContain != null && response.body().contains(mustNotContain);
            boolean refusedStatus = status >= 400 || mustNotContain != null;
            mark = !leaked && refusedStatus ? "-" : fail(cell, "answered " + status + (leaked ? " with the data" : ""));
        }
        record((cell.target() == null ? "ENDPOINT " : "") + cell.role() + " " + cell.method() + " " + cell.what(),
                mark);
    }

    private void consoleRefusal(Cell cell, HttpResponse<String> response, String before, String after) {
        cells++;
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean refusedStatus = status >= 400 || (status >= 300 && status < 400 && location.contains("login"));
        String mark = refusedStatus && Objects.equals(before, after) ? "-"
                : fail(cell, "answered " + status + " " + location + (Objects.equals(before, after) ? ""
                        : " and changed the node"));
        record("ENDPOINT " + cell.role() + " " + cell.method() + " " + cell.what(), mark);
    }

    private static List<Map.Entry<String, String>> withToken(String token, List<Map.Entry<String, String>> form) {
        List<Map.Entry<String, String>> all = new ArrayList<>(form);
        if (token != null) {
            all.add(Map.entry(":swk-csrf", token));
        }
        return all;
    }

    // --- fixtures and helpers ------------------------------------------------------------------------------------

    /**
     * Two initiatives (published, unpublished) and a submission. The read fixture's submission is sent through the
     * public endpoint as an anonymous visitor; the write fixtures' submissions are written by the administrator in
     * the same layout (the endpoint's rate limit would not allow one per cell).
     */
    private Fixture fixture(boolean publicSubmission) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publishedName = "Matrix gepubliceerd " + tag;
        String unpublishedName = "Matrix concept " + tag;
        String published = data.create(TestData.uniqueId("matrix-pub"), publishedName, true);
        String unpublished = data.create(TestData.uniqueId("matrix-concept"), unpublishedName, false);
        cleanup.add(INITIATIVES + "/" + published);
        cleanup.add(INITIATIVES + "/" + unpublished);
        String submitterName = "Matrix Indiener " + tag;
        String email = "matrix-" + tag + "@example.nl";
        String proposedName = "Matrix voorstel " + tag;
        String reference;
        if (publicSubmission) {
            Map<String, String> form = PublicSubmissions.newInitiative(proposedName);
            form.put("submitterName", submitterName);
            form.put("submitterEmail", email);
            reference = new PublicSubmissions(clients.get(Role.ANONYMOUS)).submit(form);
        } else {
            reference = "SW-MATRIX-" + tag.toUpperCase();
            HttpResponse<String> created = admin.post(SUBMISSIONS + "/" + reference, List.of(
                    Map.entry("jcr:primaryType", "nt:unstructured"),
                    Map.entry("sling:resourceType", "samenwerking/submission"),
                    Map.entry("reference", reference),
                    Map.entry("kind", "newInitiative"),
                    Map.entry("state", "received"),
                    Map.entry("submitterName", submitterName),
                    Map.entry("submitterEmail", email),
                    Map.entry("proposed/jcr:primaryType", "nt:unstructured"),
                    Map.entry("proposed/name", proposedName)));
            assertTrue(created.statusCode() < 300, "creating " + reference + " answered " + created.statusCode());
        }
        cleanup.add(SUBMISSIONS + "/" + reference);
        Map<Target, String> markers = new LinkedHashMap<>();
        markers.put(Target.INITIATIVES_ROOT, published);
        markers.put(Target.PUBLISHED, publishedName);
        markers.put(Target.PUBLISHED_PARTIES, "ROC Testcollege");
        markers.put(Target.PUBLISHED_PARTY, "ROC Testcollege");
        markers.put(Target.PUBLISHED_LOCATION, "52.2215");
        markers.put(Target.UNPUBLISHED, unpublishedName);
        markers.put(Target.UNPUBLISHED_PARTY, "ROC Testcollege");
        markers.put(Target.SUBMISSIONS_ROOT, reference);
        markers.put(Target.SUBMISSION, submitterName);
        markers.put(Target.SUBMISSION_PROPOSED, proposedName);
        markers.put(Target.RESEARCHER_HOME, homeMarker);
        Review review = review(tag);
        markers.put(Target.REVIEWS_ROOT, review.round().substring(review.round().lastIndexOf('/') + 1));
        markers.put(Target.REVIEW_ROUND, "Matrix Contact " + tag);
        markers.put(Target.REVIEW_INVITATION, "matrix-contact-" + tag + "@example.nl");
        markers.put(Target.REVIEW_FEEDBACK, "Matrix reactie " + tag);
        markers.put(Target.DRAFT_PORTRAIT, "Samenvatting van " + review.title());
        return new Fixture(published, unpublished, reference, email, review, markers);
    }

    /**
     * A draft portrait and its review round as the console stores them: the round's folder, an invitation of a
     * contact (with the hash of a token made here) and one remark.
     */
    private Review review(String tag) {
        PortraitFixtures portraits = new PortraitFixtures(admin);
        String title = "Matrix portret " + tag;
        String portrait = portraits.draftPortrait(title, "AM21", null);
        cleanup.add(portrait);
        String portraitId = UUID.randomUUID().toString();
        portraits.set(portrait + "/jcr:content", "portraitId", portraitId, null);
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String round = REVIEWS + "/" + portraitId;
        String invitation = round + "/invitations/" + UUID.randomUUID();
        String feedback = round + "/feedback/" + System.currentTimeMillis() + "-" + tag;
        HttpResponse<String> created = admin.post(round, List.of(
                Map.entry("jcr:primaryType", "nt:unstructured"),
                Map.entry("portraitPath", portrait),
                Map.entry("invitations/jcr:primaryType", "nt:unstructured"),
                Map.entry("feedback/jcr:primaryType", "nt:unstructured")));
        assertTrue(created.statusCode() < 300, "creating " + round + " answered " + created.statusCode());
        cleanup.add(round);
        created = admin.post(invitation, List.of(
                Map.entry("jcr:primaryType", "nt:unstructured"),
                Map.entry("tokenHash", sha256(token)),
                Map.entry("name", "Matrix Contact " + tag),
                Map.entry("email", "matrix-contact-" + tag + "@example.nl"),
                Map.entry("language", "nl"),
                Map.entry("invitedAt", "2026-01-01T00:00:00.000Z"), Map.entry("invitedAt@TypeHint", "Date"),
                Map.entry("expiresAt", "2099-01-01T00:00:00.000Z"), Map.entry("expiresAt@TypeHint", "Date")));
        assertTrue(created.statusCode() < 300, "creating " + invitation + " answered " + created.statusCode());
        created = admin.post(feedback, List.of(
                Map.entry("jcr:primaryType", "nt:unstructured"),
                Map.entry("invitation", invitation.substring(invitation.lastIndexOf('/') + 1)),
                Map.entry("section", "general"),
                Map.entry("text", "Matrix reactie " + tag),
                Map.entry("receivedAt", "2026-01-02T00:00:00.000Z"), Map.entry("receivedAt@TypeHint", "Date")));
        assertTrue(created.statusCode() < 300, "creating " + feedback + " answered " + created.statusCode());
        return new Review(portrait, round, invitation, feedback, token, title);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks /home/users (as the administrator) to the node of the user with this id. */
    private String findUserNode(String path, String userId, int depth) {
        if (depth > 4) {
            return null;
        }
        HttpResponse<String> response = admin.get(path + ".1.json");
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode node;
        try {
            node = Http.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            return null;
        }
        if (userId.equals(node.path("rep:authorizableId").asText())) {
            return path;
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getValue().isObject()) {
                String childType = entry.getValue().path("jcr:primaryType").asText();
                if (childType.equals("rep:User") && userId.equals(entry.getValue().path("rep:authorizableId").asText())) {
                    return path + "/" + entry.getKey();
                }
                if (childType.equals("rep:AuthorizableFolder")) {
                    String found = findUserNode(path + "/" + entry.getKey(), userId, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private String fail(Cell cell, String detail) {
        failures.add(cell.name() + ": " + detail);
        return "!";
    }

    private void record(String row, String mark) {
        summary.merge(row, mark, String::concat);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
