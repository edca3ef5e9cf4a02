package nl.samenwerkingskaart.it;

import static nl.samenwerkingskaart.it.ReviewBadInputIT.concat;
import static nl.samenwerkingskaart.it.ReviewBadInputIT.count;
import static nl.samenwerkingskaart.it.ReviewBadInputIT.enc;
import static nl.samenwerkingskaart.it.ReviewBadInputIT.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests against the newsletter's public endpoint, from a fixed seed: signups without or with a forged
 * CSRF token, missing, implausible and overlong addresses, names with control characters or too long, script
 * payloads, invalid UTF-8, wrong content types, bodies over the limit, repeated fields, in HTML and JSON mode; odd
 * tokens in every place a confirm or unsubscribe link takes one, by GET and POST. The bar of QUALITY.md: no 5xx, a
 * 4xx with a message for each, and the repository's subscribers and links counted the same before and after.
 * (One exception to the message: a token of {@code ../} segments is resolved by Sling outside the endpoint and gets
 * Sling's bare 401.)
 */
@ExtendWith(CmsServer.class)
class NewsletterBadInputIT {

    private static final long SEED = 20261125L;
    private static final int SIGNUPS = 220;
    private static final int LINKS = 120;
    private static final String XSS = "<script>alert('swk-xss')</script>";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** One request; {@code allowed} is the one non-4xx status it may get (0: none). */
    private record Bad(String description, String method, String path, String contentType, byte[] body,
            String accept, int allowed) {}

    @Test
    void noMalformedRequestGetsA5xxOrStoresAnything(Cms cms) {
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        String csrf = NewsletterIT.csrf(anonymous.get(NewsletterIT.HOME).body());
        int subscribersBefore = count(admin, NewsletterIT.ROOT + "/subscribers");
        int linksBefore = count(admin, NewsletterIT.ROOT + "/links");

        Random random = new Random(SEED);
        List<Bad> requests = new ArrayList<>();
        for (int i = 0; i < SIGNUPS; i++) {
            requests.add(signup(random, i, csrf));
        }
        for (int i = 0; i < LINKS; i++) {
            String purpose = random.nextBoolean() ? "confirm" : "unsubscribe";
            String place = List.of("." + purpose + ".html/", "." + purpose + ".json/", ".html/", "." + purpose
                    + ".html/x/", ".unknown.html/").get(random.nextInt(5));
            boolean post = random.nextBoolean();
            byte[] body = post && random.nextBoolean()
                    ? form(Map.of(":swk-csrf", csrf)) : form(Map.of("List-Unsubscribe", "One-Click"));
            requests.add(new Bad("link " + place, post ? "POST" : "GET", NewsletterIT.ENDPOINT + place
                    + oddToken(random), FORM, post ? body : new byte[0], "text/html", 0));
        }

        List<String> failures = new ArrayList<>();
        int fourXx = 0;
        for (Bad bad : requests) {
            HttpResponse<byte[]> response = anonymous.exchange(bad.method(), bad.path(),
                    HttpRequest.BodyPublishers.ofByteArray(bad.body()), "Content-Type", bad.contentType(),
                    "Accept", bad.accept());
            int status = response.statusCode();
            boolean fourHundred = status >= 400 && status < 500;
            if (fourHundred) {
                fourXx++;
                if (response.body().length == 0 && !leavesTheEndpoint(bad, status)) {
                    failures.add(bad.method() + " " + bad.description() + ": " + status + " without a message ("
                            + shortened(bad.path()) + ")");
                }
            } else if (status != bad.allowed()) {
                failures.add(bad.method() + " " + bad.description() + " answered " + status + " ("
                        + shortened(bad.path()) + ")");
            }
        }
        int subscribersAfter = count(admin, NewsletterIT.ROOT + "/subscribers");
        int linksAfter = count(admin, NewsletterIT.ROOT + "/links");
        System.out.println("NewsletterBadInputIT: " + requests.size() + " requests, " + fourXx + " 4xx, "
                + failures.size() + " failed; subscribers " + subscribersBefore + " -> " + subscribersAfter
                + ", links " + linksBefore + " -> " + linksAfter);
        assertTrue(requests.size() >= 300, "enough requests: " + requests.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(subscribersBefore, subscribersAfter, "no malformed request stored a subscriber");
        assertEquals(linksBefore, linksAfter, "no malformed request stored a link");
    }

    private static Bad signup(Random random, int i, String csrf) {
        String accept = random.nextBoolean() ? "application/json" : "text/html";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_charset_", "UTF-8");
        fields.put(":swk-csrf", csrf);
        fields.put(":swk-return", NewsletterIT.HOME + "#" + NewsletterIT.formId());
        fields.put("email", "slecht-" + i + "@example.nl");
        fields.put("name", "Slecht " + i);
        fields.put("homepage", "");
        String description;
        switch (i % 14) {
            case 0 -> {
                fields.remove(":swk-csrf");
                description = "no CSRF token";
            }
            case 1 -> {
                fields.put(":swk-csrf", "1." + csrf.substring(Math.min(2, csrf.length())));
                description = "a forged CSRF token";
            }
            case 2 -> {
                fields.remove("email");
                description = "no address";
            }
            case 3 -> {
                fields.put("email", oddAddress(random));
                description = "an implausible address " + fields.get("email");
            }
            case 4 -> {
                fields.put("email", "a".repeat(250 + random.nextInt(2000)) + "@example.nl");
                description = "an overlong address";
            }
            case 5 -> {
                fields.put("name", "x".repeat(101 + random.nextInt(3000)));
                description = "an overlong name";
            }
            case 6 -> {
                fields.put("name", "Anja\r\nBcc: everyone@example.nl\u0000");
                description = "control characters in the name";
            }
            case 7 -> {
                fields.put("email", XSS + "@example.nl");
                fields.put("name", XSS);
                description = "script payloads";
            }
            case 8 -> {
                return new Bad("a body over the limit", "POST", NewsletterIT.ENDPOINT, FORM,
                        form(Map.of(":swk-csrf", csrf, "email", "groot-" + i + "@example.nl",
                                "name", "y".repeat(9_000 + random.nextInt(200_000)))), accept, 0);
            }
            case 9 -> {
                return new Bad("JSON", "POST", NewsletterIT.ENDPOINT, "application/json",
                        ("{\"email\":\"json-" + i + "@example.nl\"}").getBytes(StandardCharsets.UTF_8), accept, 0);
            }
            case 10 -> {
                return new Bad("multipart", "POST", NewsletterIT.ENDPOINT, "multipart/form-data; boundary=x",
                        ("--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nmp-" + i
                                + "@example.nl\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8), accept, 0);
            }
            case 11 -> {
                return new Bad("invalid UTF-8 without a token", "POST", NewsletterIT.ENDPOINT, FORM,
                        concat("email=".getBytes(StandardCharsets.US_ASCII),
                                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '@', 'x', '.', 'n', 'l'}),
                        accept, 0);
            }
            case 12 -> {
                return new Bad("repeated addresses without a token", "POST", NewsletterIT.ENDPOINT, FORM,
                        ("email=a-" + i + "%40example.nl&email=b-" + i + "%40example.nl&email=" + enc(XSS))
                                .getBytes(StandardCharsets.UTF_8), accept, 0);
            }
            default -> {
                return new Bad("no content type", "POST", NewsletterIT.ENDPOINT, "text/plain",
                        form(fields), accept, 0);
            }
        }
        return new Bad(description, "POST", NewsletterIT.ENDPOINT, FORM, form(fields), accept, 0);
    }

    private static String oddAddress(Random random) {
        List<String> odd = List.of("", " ", "anja", "anja@", "@example.nl", "anja@example", "a b@example.nl",
                "anja@@example.nl", "\"Anja\" <anja@example.nl>", "anja@example.nl, bert@example.nl",
                "anja@example..nl", "anja@example.nl\r\nBcc: x@example.nl", "ü@", "\u0000@example.nl", "anja@exa mple.nl");
        return odd.get(random.nextInt(odd.size()));
    }

    private static String oddToken(Random random) {
        List<Supplier<String>> kinds = List.of(
                () -> "",
                () -> "A".repeat(42),
                () -> "A".repeat(44),
                () -> "A".repeat(43),
                () -> "A".repeat(1 + random.nextInt(4000)),
                () -> enc("../../../var/samenwerkingskaart/newsletter"),
                () -> enc(XSS),
                () -> enc("' OR '1'='1"),
                () -> enc("ü".repeat(43)),
                () -> enc("A".repeat(42) + "\r\nSet-Cookie: x=1"),
                () -> "%00" + "A".repeat(42),
                () -> "%C3%28" + "A".repeat(41));
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    /**
     * A token of {@code ..%2F} segments takes the request out of our endpoint: the server decodes and resolves the
     * path to {@code /var/samenwerkingskaart/newsletter} itself, and Sling's authentication answers 401 (sign in)
     * with an empty body before any servlet of ours is asked. A refusal all the same, and nothing is stored.
     */
    private static boolean leavesTheEndpoint(Bad bad, int status) {
        return status == 401 && bad.path().contains("..%2F");
    }

    private static String shortened(String path) {
        return path.length() > 140 ? path.substring(0, 140) + "..." : path;
    }
}
