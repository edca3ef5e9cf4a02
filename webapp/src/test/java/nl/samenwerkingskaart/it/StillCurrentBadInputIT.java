package nl.samenwerkingskaart.it;

import static nl.samenwerkingskaart.it.ReviewBadInputIT.concat;
import static nl.samenwerkingskaart.it.ReviewBadInputIT.enc;
import static nl.samenwerkingskaart.it.ReviewBadInputIT.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests against the contact's "still correct" link (docs/still-current.md), from a fixed seed: odd ids
 * and tokens in the query string (empty, cut short, one character off, overlong, path traversal, script, SQL,
 * non-ASCII, NUL, broken percent-encoding, CRLF, repeated parameters) by GET and POST, and confirmations through the
 * valid link without or with a forged CSRF token, as JSON or multipart junk, with invalid UTF-8, over 64 KiB, with
 * repeated fields or with another initiative's id. The bar of QUALITY.md: no 5xx and a 4xx for each; no
 * confirmation recorded (the initiatives' {@code lastVerified}, {@code verifiedBy} and stored token hash the same
 * before and after); and the valid link still confirms afterwards, so none of them used it up.
 */
@ExtendWith(CmsServer.class)
class StillCurrentBadInputIT {

    private static final long SEED = 20261126L;
    private static final int QUERY_REQUESTS = 220;
    private static final int LINK_POSTS = 110;
    private static final String CONFIRM = "/bin/samenwerkingskaart/public/still-current.html";
    private static final String CONSOLE_PAGE = "/cms/samenwerking/still-current.html";
    private static final String CONSOLE_SERVLET = "/bin/samenwerkingskaart/console/still-current";
    private static final Pattern LINK = Pattern.compile("/bin/samenwerkingskaart/public/still-current\\.html"
            + "\\?i=([a-z0-9-]+)&t=([A-Za-z0-9_-]{43})");
    private static final List<String> WATCHED = List.of("lastVerified", "verifiedBy", "verificationTokenHash",
            "verificationTokenExpires", "verificationRequested");
    private static final String XSS = "<script>alert('swk-xss')</script>";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** One request; a GET of the valid link is the only one that may answer 200, and none is in the list. */
    private record Bad(String description, String method, String path, String contentType, byte[] body) {}

    /** The link a contact got: the initiative's id and the token. */
    private record Link(String id, String token) {
        String path() {
            return CONFIRM + "?i=" + id + "&t=" + token;
        }
    }

    @Test
    void noMalformedRequestGetsA5xxOrConfirmsOrUsesUpTheLink(Cms cms) {
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        Researchers users = new Researchers(admin);
        try {
            Http researcher = users.newResearcher().http(cms.base());
            Link link = request(cms, admin, researcher, "slecht");
            Link other = request(cms, admin, researcher, "ander");
            HttpResponse<String> page = anonymous.get(link.path());
            assertEquals(200, page.statusCode(), page.body());
            String csrf = Researchers.csrfToken(page.body());
            assertNotNull(csrf, "the page's form carries a CSRF token");
            Map<String, String> before = stored(admin, link.id());
            Map<String, String> otherBefore = stored(admin, other.id());

            Random random = new Random(SEED);
            List<Bad> requests = new ArrayList<>();
            for (int i = 0; i < QUERY_REQUESTS; i++) {
                requests.add(oddQuery(random, link, other.id(), csrf));
            }
            for (int i = 0; i < LINK_POSTS; i++) {
                requests.add(postThroughTheLink(random, i, link, other.id(), csrf));
            }

            List<String> failures = new ArrayList<>();
            int fourXx = 0;
            for (Bad bad : requests) {
                List<String> headers = bad.contentType() == null ? List.of() : List.of("Content-Type",
                        bad.contentType());
                int status = anonymous.exchange(bad.method(), bad.path(),
                        HttpRequest.BodyPublishers.ofByteArray(bad.body()), headers.toArray(String[]::new))
                        .statusCode();
                if (status >= 400 && status < 500) {
                    fourXx++;
                } else {
                    failures.add(bad.method() + " " + bad.description() + " answered " + status + " ("
                            + shortened(bad.path()) + ")");
                }
            }
            Map<String, String> after = stored(admin, link.id());
            Map<String, String> otherAfter = stored(admin, other.id());
            System.out.println("StillCurrentBadInputIT: " + requests.size() + " requests, " + fourXx + " 4xx, "
                    + failures.size() + " failed; lastVerified " + before.get("lastVerified") + " -> "
                    + after.get("lastVerified") + ", stored values " + (before.equals(after) ? "kept" : "changed"));
            assertTrue(requests.size() >= 300, "enough requests: " + requests.size());
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals(before, after, "no malformed request changed the initiative");
            assertEquals(otherBefore, otherAfter, "nor the other initiative");

            HttpResponse<String> confirmed = anonymous.post(CONFIRM, Map.of("i", link.id(), "t", link.token(),
                    ":swk-csrf", Researchers.csrfToken(anonymous.get(link.path()).body())));
            assertEquals(200, confirmed.statusCode(), confirmed.body());
            assertTrue(confirmed.body().contains("data-swk-confirmed"), "and the link still confirms");
            assertEquals(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
                    stored(admin, link.id()).get("lastVerified"));
        } finally {
            users.deleteCreatedUsers();
        }
    }

    /** A new initiative last verified in 2022, and the link of a request to its contact. */
    private static Link request(Cms cms, Http admin, Http researcher, String prefix) {
        String id = new TestData(admin).create(TestData.uniqueId(prefix), "Nog actueel " + prefix + " (test)", true);
        assertTrue(admin.post(TestPaths.DATA_ROOT + "/" + id, Map.of("lastVerified", "2022-02-02")).statusCode() < 300);
        String address = TestMailbox.newAddress(prefix);
        HttpResponse<String> sent = researcher.post(CONSOLE_SERVLET, List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(researcher.get(CONSOLE_PAGE).body()))),
                Map.entry(":action", "request"), Map.entry("id", id), Map.entry("email", address),
                Map.entry("language", "nl")));
        assertEquals(303, sent.statusCode(), sent.body());
        String mail = cms.mailbox().awaitMailsTo(address, 1, Duration.ofSeconds(60)).get(0).body();
        Matcher link = LINK.matcher(mail);
        assertTrue(link.find(), mail);
        assertEquals(id, link.group(1));
        return new Link(id, link.group(2));
    }

    /** What the bar watches of an initiative, as the administrator reads it. */
    private static Map<String, String> stored(Http admin, String id) {
        JsonNode node = admin.getJson(TestPaths.DATA_ROOT + "/" + id + ".json");
        Map<String, String> values = new LinkedHashMap<>();
        WATCHED.forEach(name -> values.put(name, node.path(name).asText(null)));
        return values;
    }

    /** Odd ids, tokens or repeated parameters in the query string; a POST carries the page's CSRF token. */
    private static Bad oddQuery(Random random, Link link, String otherId, String csrf) {
        String query = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> "i=" + link.id() + "&t=" + oddValue(random, link.token());
            case 5, 6 -> "i=" + oddValue(random, link.id()) + "&t=" + link.token();
            case 7 -> "i=" + oddValue(random, link.id()) + "&t=" + oddValue(random, link.token());
            case 8 -> List.of("t=" + link.token(), "i=" + link.id(), "").get(random.nextInt(3));
            default -> List.of("i=" + link.id() + "&t=" + link.token() + "&t=" + oddValue(random, link.token()),
                    "i=" + link.id() + "&t=" + oddValue(random, link.token()) + "&t=" + link.token(),
                    "i=" + link.id() + "&i=" + otherId + "&t=" + link.token(),
                    "i=" + otherId + "&i=" + link.id() + "&t=" + link.token(),
                    "i=" + link.id() + "&t=" + link.token() + "&t=" + link.token()).get(random.nextInt(5));
        };
        if (!random.nextBoolean()) {
            return new Bad("query " + query, "GET", CONFIRM + "?" + query, null, new byte[0]);
        }
        if (random.nextBoolean()) {
            return new Bad("query " + query, "POST", CONFIRM + "?" + query, FORM, form(Map.of(":swk-csrf", csrf)));
        }
        return new Bad("body " + query, "POST", CONFIRM, FORM,
                (query + "&" + enc(":swk-csrf") + "=" + enc(csrf)).getBytes(StandardCharsets.UTF_8));
    }

    /** A value that is not the real one, percent-encoded where needed: shapes, lengths, characters, near misses. */
    private static String oddValue(Random random, String real) {
        List<Supplier<String>> kinds = List.of(
                () -> "",
                () -> real.substring(0, random.nextInt(real.length())),
                () -> real + "A",
                () -> real.substring(0, real.length() - 1) + (real.endsWith("a") ? "b" : "a"),
                () -> "A".repeat(1 + random.nextInt(4000)),
                () -> enc("../../../var/samenwerkingskaart/initiatives"),
                () -> enc(XSS),
                () -> enc("' OR '1'='1"),
                () -> enc("ü".repeat(real.length())),
                () -> "%00" + real.substring(3),
                () -> List.of("%C3%28", "%FF", "%E2%82", "%C0%AF", "%25").get(random.nextInt(5)) + real.substring(2),
                () -> enc(real + "\r\nSet-Cookie: x=1"),
                () -> enc(real.toUpperCase()));
        String odd = kinds.get(random.nextInt(kinds.size())).get();
        return odd.equals(real) ? real + "x" : odd;
    }

    /** Confirmations through the valid link that must still record nothing. */
    private static Bad postThroughTheLink(Random random, int i, Link link, String otherId, String csrf) {
        String forged = csrf.substring(0, csrf.length() - 1) + (csrf.endsWith("A") ? "B" : "A");
        return switch (i % 10) {
            case 0 -> post("no CSRF token", CONFIRM, form(Map.of("i", link.id(), "t", link.token())));
            case 1 -> post("a forged CSRF token", CONFIRM,
                    form(Map.of("i", link.id(), "t", link.token(), ":swk-csrf", forged)));
            case 2 -> post("the link's query and no CSRF token", link.path(), new byte[0]);
            case 3 -> new Bad("JSON", "POST", link.path(), "application/json", ("{\"i\":\"" + link.id()
                    + "\",\"t\":\"" + link.token() + "\",\":swk-csrf\":\"" + csrf + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            case 4 -> new Bad("multipart junk", "POST", link.path(), List.of("multipart/form-data; boundary=swk",
                    "multipart/form-data", "multipart/form-data; boundary=").get(random.nextInt(3)),
                    multipartJunk(random, csrf));
            case 5 -> post("invalid UTF-8", CONFIRM, invalidUtf8(random, link, csrf));
            case 6 -> post("a body over 64 KiB", CONFIRM, form(Map.of("i", link.id(), "t", link.token(),
                    ":swk-csrf", csrf, "x", "y".repeat(70_000 + random.nextInt(100_000)))));
            case 7 -> post("repeated fields", CONFIRM, (List.of(
                    "i=" + link.id() + "&t=" + link.token() + "&t=" + oddValue(random, link.token()),
                    "i=" + link.id() + "&i=" + otherId + "&t=" + link.token(),
                    "i=" + link.id() + "&t=" + link.token() + "&t=" + link.token()).get(random.nextInt(3))
                    + "&" + enc(":swk-csrf") + "=" + enc(csrf)).getBytes(StandardCharsets.UTF_8));
            case 8 -> post("another initiative's id with the valid token", CONFIRM,
                    form(Map.of("i", otherId, "t", link.token(), ":swk-csrf", csrf)));
            default -> new Bad("no content type", "POST", CONFIRM, random.nextBoolean() ? null : "text/plain",
                    form(Map.of("i", link.id(), "t", link.token(), ":swk-csrf", csrf)));
        };
    }

    private static byte[] multipartJunk(Random random, String csrf) {
        byte[] junk = new byte[1 + random.nextInt(2_000)];
        random.nextBytes(junk);
        return random.nextBoolean() ? junk : concat(("--swk\r\nContent-Disposition: form-data; name=\":swk-csrf\""
                + "\r\n\r\n" + csrf + "\r\n--swk\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), junk);
    }

    /** The valid fields, one of them spoiled by bytes that are no UTF-8. */
    private static byte[] invalidUtf8(Random random, Link link, String csrf) {
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        String[] fields = {"i=" + link.id(), "t=" + link.token(), enc(":swk-csrf") + "=" + enc(csrf)};
        int spoiled = random.nextInt(fields.length);
        byte[] body = new byte[0];
        for (int f = 0; f < fields.length; f++) {
            body = concat(body, ((f == 0 ? "" : "&") + fields[f]).getBytes(StandardCharsets.UTF_8));
            if (f == spoiled) {
                body = concat(body, bad);
            }
        }
        return body;
    }

    private static Bad post(String description, String path, byte[] body) {
        return new Bad(description, "POST", path, FORM, body);
    }

    private static String shortened(String path) {
        return path.length() > 140 ? path.substring(0, 140) + "..." : path;
    }
}
