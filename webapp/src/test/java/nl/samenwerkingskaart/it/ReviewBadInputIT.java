package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests against the review link (docs/contracts.md, "Review rounds"), from a fixed seed: odd and forged
 * tokens in every place a token can go, and feedback posts with a valid link but no or a wrong CSRF token, oversized
 * and control-character texts, invalid UTF-8, wrong content types, huge bodies and repeated fields. The bar of
 * QUALITY.md: no 5xx, a 4xx for each (a 200 only where the link is valid and nothing was posted), and no feedback
 * stored by any of them.
 */
@ExtendWith(CmsServer.class)
class ReviewBadInputIT {

    private static final long SEED = 20261124L;
    private static final int TOKEN_REQUESTS = 200;
    private static final String XSS = "<script>alert('swk-xss')</script>";

    /** One request and what it may get. */
    private record Bad(String description, String method, String path, String contentType, byte[] body,
            boolean mayBeOk) {}

    @Test
    void noMalformedRequestGetsA5xxOrStoresFeedback(Cms cms) {
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        PortraitFixtures portraits = new PortraitFixtures(admin);
        String portrait = portraits.draftPortrait("Slechte invoer (test)", "AM30",
                portraits.uploadPdf("bad-input-" + System.nanoTime() + ".pdf", PortraitFixtures.pdf("B")));
        Http editor = portraits.newPortraitEditor(new Researchers(admin)).http(cms.base());
        String address = TestMailbox.newAddress("slecht");
        String console = editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        assertEquals(303, editor.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(console))), Map.entry("portrait", portrait),
                Map.entry("action", "invite"), Map.entry("name", "Slecht"), Map.entry("email", address)))
                .statusCode());
        String link = PortraitFixtures.reviewPath(cms.mailbox().awaitMailsTo(address, 1, Duration.ofSeconds(60))
                .get(0).body());
        String token = PortraitFixtures.token(link);
        String csrf = Researchers.csrfToken(anonymous.get(link).body());
        String feedback = PortraitFixtures.REVIEWS_ROOT + "/"
                + admin.getJson(portrait + "/jcr:content.json").path("portraitId").asText() + "/feedback";
        int storedBefore = count(admin, feedback);

        List<Bad> requests = new ArrayList<>();
        Random random = new Random(SEED);
        for (int i = 0; i < TOKEN_REQUESTS; i++) {
            String odd = oddToken(random, token);
            String place = List.of(".html/", ".pdf/", ".json/", ".html/x/", ".txt/").get(random.nextInt(5));
            requests.add(new Bad("token " + odd, random.nextBoolean() ? "GET" : "POST",
                    PortraitFixtures.REVIEW + place + odd, "application/x-www-form-urlencoded",
                    form(Map.of("feedback-general", "x", ":swk-csrf", csrf)), false));
        }
        requests.addAll(postsWithTheValidLink(random, link, csrf));

        List<String> failures = new ArrayList<>();
        int fourXx = 0;
        for (Bad bad : requests) {
            HttpResponse<byte[]> response = anonymous.exchange(bad.method(), bad.path(),
                    HttpRequest.BodyPublishers.ofByteArray(bad.body()), "Content-Type", bad.contentType());
            int status = response.statusCode();
            boolean ok = status >= 400 && status < 500 || (bad.mayBeOk() && status == 200);
            if (!ok) {
                failures.add(bad.method() + " " + bad.description() + " answered " + status);
            }
            if (status >= 400 && status < 500) {
                fourXx++;
            }
        }
        int storedAfter = count(admin, feedback);
        System.out.println("ReviewBadInputIT: " + requests.size() + " requests, " + fourXx + " 4xx, "
                + failures.size() + " failed, feedback nodes " + storedBefore + " -> " + storedAfter);
        assertTrue(requests.size() >= 300, "enough requests: " + requests.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(storedBefore, storedAfter, "no malformed request stored feedback");
        assertEquals(200, anonymous.get(link).statusCode(), "and the link still works");
    }

    /** Tokens that are not the real one: shapes, lengths, characters, encodings, near misses. */
    private static String oddToken(Random random, String real) {
        List<Supplier<String>> kinds = List.of(
                () -> "",
                () -> real.substring(0, random.nextInt(real.length())),
                () -> real + "A",
                () -> real.substring(1) + (real.charAt(0) == 'A' ? 'B' : 'A'),
                () -> enc(real.substring(0, 42) + "="),
                () -> enc(real.replace('-', '+').replace('_', '/')),
                () -> enc("../../../var/samenwerkingskaart/reviews"),
                () -> enc(XSS),
                () -> enc("' OR '1'='1"),
                () -> enc("ü".repeat(43)),
                () -> "A".repeat(1 + random.nextInt(4000)),
                () -> enc(real.toUpperCase()),
                () -> enc(real + "\r\nSet-Cookie: x=1"),
                () -> "%00" + real.substring(3),
                () -> "%C3%28" + real.substring(2));
        String odd = kinds.get(random.nextInt(kinds.size())).get();
        return odd.equals(real) ? real + "x" : odd;
    }

    /** Feedback posts through the valid link that must still store nothing. */
    private static List<Bad> postsWithTheValidLink(Random random, String link, String csrf) {
        List<Bad> bad = new ArrayList<>();
        String tooLong = "x".repeat(4_001);
        for (int i = 0; i < 110; i++) {
            String section = List.of("general", "summary", "strengths", "pdf", "good-practices").get(random.nextInt(5));
            String field = "feedback-" + section;
            switch (i % 11) {
                case 0 -> bad.add(post("no CSRF token", link, form(Map.of(field, "Zonder token " + i))));
                case 1 -> bad.add(post("a forged CSRF token", link,
                        form(Map.of(field, "Vals token " + i, ":swk-csrf", "1." + csrf.substring(2)))));
                case 2 -> bad.add(post("an empty form", link, form(Map.of(":swk-csrf", csrf))));
                case 3 -> bad.add(post("only blanks and control characters", link,
                        form(Map.of(field, " \t\u0000\u0007 \r\n ", ":swk-csrf", csrf))));
                case 4 -> bad.add(post("too long", link, form(Map.of(field, tooLong, ":swk-csrf", csrf))));
                case 5 -> bad.add(new Bad("a body over 64 KiB", "POST", link, "application/x-www-form-urlencoded",
                        form(Map.of(field, "y".repeat(70_000 + random.nextInt(100_000)), ":swk-csrf", csrf)), false));
                case 6 -> bad.add(new Bad("JSON", "POST", link, "application/json",
                        ("{\"" + field + "\":\"json\"}").getBytes(StandardCharsets.UTF_8), false));
                case 7 -> bad.add(new Bad("invalid UTF-8 without a token", "POST", link,
                        "application/x-www-form-urlencoded",
                        concat(("feedback-general=").getBytes(StandardCharsets.US_ASCII),
                                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}), false));
                case 8 -> bad.add(post("a too long text repeated with a token", link,
                        (enc(field) + "=" + tooLong + "&" + enc(field) + "=" + tooLong + "&:swk-csrf=" + enc(csrf))
                                .getBytes(StandardCharsets.UTF_8)));
                case 9 -> bad.add(post("unknown fields only", link,
                        form(Map.of("feedback-unknown", "x", "name", XSS, ":swk-csrf", csrf))));
                default -> bad.add(new Bad("a GET with a form", "GET", link + "?feedback-general=" + enc(XSS),
                        "application/x-www-form-urlencoded", new byte[0], true));
            }
        }
        return bad;
    }

    private static Bad post(String description, String path, byte[] body) {
        return new Bad(description, "POST", path, "application/x-www-form-urlencoded", body, false);
    }

    /** Form-encoded fields (also NewsletterBadInputIT's). */
    static byte[] form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=')
                .append(enc(value)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static int count(Http admin, String folder) {
        HttpResponse<String> response = admin.get(folder + ".1.json");
        if (response.statusCode() == 404) {
            return 0;
        }
        try {
            var node = Http.JSON.readTree(response.body());
            int children = 0;
            for (var it = node.fields(); it.hasNext(); ) {
                if (it.next().getValue().isObject()) {
                    children++;
                }
            }
            return children;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
