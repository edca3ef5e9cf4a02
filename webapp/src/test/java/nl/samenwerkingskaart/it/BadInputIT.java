package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "bad input" bar (QUALITY.md): more than a thousand malformed requests, generated deterministically from a
 * seeded {@link Random}, against every public endpoint. Each submission is a valid form with one mutation that makes
 * it certainly invalid (the "breaker", applied last) plus a few random ones that may or may not be valid on their own
 * (markup, broken UTF-8, repeated parameters, ...). The bar, per request: no 5xx; a refused submission gets a 4xx with
 * a human message (Dutch for a Dutch visitor); the data endpoints answer 200, 304, 400 or 404; and nothing is stored.
 */
@ExtendWith(CmsServer.class)
class BadInputIT {

    private static final long SEED = 20261123L;
    private static final int SUBMISSIONS = 1_050;
    private static final int DATA_REQUESTS = 200;
    private static final String ENDPOINT = PublicSubmissions.ENDPOINT;
    private static final String TOKEN = PublicSubmissions.TOKEN;
    private static final String RETURN = TestPaths.SITE + "/kaart.html#melden";
    private static final String FORM = TestPaths.SITE + "/kaart/jcr:content/container/melden";
    private static final String XSS = "<script>alert('swk-xss')</script>";
    private static final Pattern SUMMARY = Pattern.compile("<div class=\"swk-form__summary\"[^>]*>");
    private static final Pattern ITEM = Pattern.compile("data-swk-summary-list[^>]*>\\s*<li>");
    private static final Pattern DUTCH = Pattern.compile(
            "(?i)\\b(vul|kies|een|het|de|uw|hier|gebruik|deze|geef|controleer|formulier|melding|tekens|verstuur)\\b");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One generated request and what it must get. */
    record Bad(String endpoint, String description, String method, String path, Map<String, String> headers,
            byte[] body, boolean submission, boolean htmlMode, boolean dutch) {}

    record Result(Bad request, int status, String contentType, String location, String body) {}

    @Test
    void everyMalformedRequestIsRefusedWithAMessageAndNothingIsStored(Cms cms) throws Exception {
        URI base = cms.base();
        Http anonymous = Http.anonymous(base);
        Http admin = Http.admin(base);
        // A fresh key and token per submission, so a request that were stored shows as itself and not as a
        // "sent before" 200 of every later request with the same key.
        List<String[]> tokens = new ArrayList<>();
        ExecutorService fetch = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> pending = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS + 2; i++) {
                pending.add(fetch.submit(() -> {
                    JsonNode token = anonymous.getJson(TOKEN);
                    return new String[] {token.path("key").asText(), token.path("token").asText()};
                }));
            }
            for (Future<String[]> token : pending) {
                tokens.add(token.get());
            }
        } finally {
            fetch.shutdownNow();
        }
        String published = anonymous.getJson(TestPaths.MAP_DATA).path("features").path(0).path("id").asText();
        assertTrue(!published.isEmpty(), "the demo site has published initiatives");

        Random random = new Random(SEED);
        List<Bad> requests = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            requests.add(submission(random, i, tokens, published, base));
        }
        for (int i = 0; i < DATA_REQUESTS; i++) {
            requests.add(dataRequest(random, published));
        }

        int before = count(admin);
        long started = System.nanoTime();
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Bad request : requests) {
                futures.add(pool.submit(() -> send(base, request)));
            }
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int after = count(admin);

        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> summary = new TreeMap<>();
        int acknowledged = 0;
        for (Result result : results) {
            summary.computeIfAbsent(result.request().endpoint(), k -> new TreeMap<>())
                    .merge(result.status(), 1, Integer::sum);
            if (result.status() == 201 || result.status() == 303) {
                acknowledged++;
            }
            String problem = check(result);
            if (problem != null) {
                failures.add(problem + "\n    request: " + result.request().method() + " " + result.request().path()
                        + " [" + result.request().description() + "]\n    answer: " + result.status() + " "
                        + result.contentType() + " " + excerpt(result.body()));
            }
        }
        java.nio.file.Path dump = java.nio.file.Path.of("target", "bad-input-results.txt");
        StringBuilder lines = new StringBuilder();
        for (Result result : results) {
            String problem = check(result);
            lines.append(result.status()).append(' ').append(problem == null ? "ok" : "FAIL " + problem).append(" | ")
                    .append(result.request().endpoint()).append(" | ").append(result.request().method()).append(' ')
                    .append(result.request().path().length() > 200 ? result.request().path().substring(0, 200) + "..."
                            : result.request().path())
                    .append(" | ").append(result.request().description()).append(" | ")
                    .append(problem == null ? excerpt(result.body()) : result.body().replaceAll("\\s+", " "))
                    .append('\n');
        }
        java.nio.file.Files.writeString(dump, lines);
        System.out.println("BadInputIT: " + results.size() + " malformed requests in " + millis + " ms (seed " + SEED
                + "); stored before " + before + ", after " + after);
        summary.forEach((endpoint, statuses) -> System.out.println("  " + endpoint + ": " + statuses));

        assertTrue(failures.isEmpty(), failures.size() + " of " + results.size() + " malformed requests broke the"
                + " bar (seed " + SEED + "):\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(0, acknowledged, "no malformed submission may be acknowledged");
        assertEquals(before + acknowledged, after, "nothing may be stored by malformed submissions");
    }

    /** Null when the answer meets the bar, else what is wrong. */
    private static String check(Result result) {
        Bad request = result.request();
        int status = result.status();
        if (status >= 500) {
            return "a server error";
        }
        if (request.endpoint().contains("odd path")) {
            // Not our endpoint but Sling's resolution of a path next to it: refused, whoever refuses it.
            return status >= 400 ? null : "a POST beside the endpoint must be refused";
        }
        if (!request.submission()) {
            if (List.of(200, 304, 400, 404).contains(status)) {
                return null;
            }
            // Sling's own answers for paths that do not reach our servlets: its login challenge, or a redirect to the
            // normalised path on this host (e.g. a trailing "/..").
            if (status == 401 || status == 403) {
                return null;
            }
            if ((status == 301 || status == 302) && result.location().matches("(http://localhost:\\d+)?/.*")) {
                return null;
            }
            return "a data endpoint must answer 200, 304, 400 or 404 (or Sling's 401/403, or a local redirect)";
        }
        if (status < 400 || status >= 500) {
            return "a malformed submission must be refused with a 4xx";
        }
        String type = result.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            if (result.body().contains(XSS)) {
                return "the page echoes markup unescaped";
            }
            Matcher summary = SUMMARY.matcher(result.body());
            if (!summary.find() || summary.group().contains(" hidden")) {
                return "the page shows no error summary";
            }
            if (!result.body().contains("Uw melding is niet verstuurd")
                    || !(result.body().contains("data-swk-problem") || ITEM.matcher(result.body()).find())) {
                return "the page's error summary has no Dutch message";
            }
            return null;
        }
        if (!type.startsWith("application/json")) {
            return "a refused submission must answer JSON or the form's page";
        }
        List<String> messages = new ArrayList<>();
        try {
            JsonNode json = Http.JSON.readTree(result.body());
            if (json.hasNonNull("error")) {
                messages.add(json.path("error").asText());
            }
            for (JsonNode error : json.path("errors")) {
                messages.add(error.path("message").asText());
            }
        } catch (IOException e) {
            return "the answer is not JSON";
        }
        if (messages.isEmpty() || messages.stream().anyMatch(String::isBlank)) {
            return "a refused submission must carry a message";
        }
        if (request.dutch() && messages.stream().anyMatch(m -> !DUTCH.matcher(m).find())) {
            return "a Dutch visitor must get Dutch messages";
        }
        return null;
    }

    private Result send(URI base, Bad bad) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + bad.path()))
                .timeout(Duration.ofSeconds(60));
        bad.headers().forEach(builder::header);
        if ("POST".equals(bad.method())) {
            builder.POST(HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        } else {
            builder.GET();
        }
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Result(bad, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""), response.body());
        } catch (IOException e) {
            return new Result(bad, 599, "", "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the submissions ------------------------------------------------------------------------------------------

    /** A form as an ordered list of parameters; raw byte values stand for broken encodings. */
    static final class Form {
        final List<Object[]> entries = new ArrayList<>();

        void set(String name, Object value) {
            remove(name);
            add(name, value);
        }

        void add(String name, Object value) {
            entries.add(new Object[] {name, value});
        }

        void remove(String name) {
            entries.removeIf(e -> e[0].equals(name));
        }

        void removePrefix(String prefix) {
            entries.removeIf(e -> ((String) e[0]).startsWith(prefix));
        }

        byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean first = true;
            for (Object[] e : entries) {
                if (!first) {
                    out.writeBytes(new byte[] {'&'});
                }
                first = false;
                out.writeBytes(URLEncoder.encode((String) e[0], StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(new byte[] {'='});
                if (e[1] instanceof byte[] raw) {
                    out.writeBytes(raw);
                } else {
                    out.writeBytes(URLEncoder.encode((String) e[1], StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
            return out.toByteArray();
        }
    }

    record Mutation(String name, Consumer<Form> apply) {}

    /** Mutations that may leave the form valid: applied first, at random. */
    private static List<Mutation> noise() {
        List<Mutation> m = new ArrayList<>();
        m.add(new Mutation("script in name", f -> f.set("name", "Zorgpact " + XSS)));
        m.add(new Mutation("markup in goal", f -> f.set("goal", "<img src=x onerror=alert(1)><b>doel</b>")));
        m.add(new Mutation("markup in description", f -> f.set("description", "<iframe src=javascript:alert(1)>")));
        m.add(new Mutation("script in message", f -> f.set("message", XSS)));
        m.add(new Mutation("markup in party", f -> f.set("parties[0].name", "<a href=javascript:x>ROC</a>")));
        m.add(new Mutation("markup in submitter", f -> f.set("submitterName", "\"><svg onload=alert(1)>")));
        m.add(new Mutation("raw invalid UTF-8 in goal", f -> f.set("goal", new byte[] {'a', (byte) 0xC3, '(', 'b'})));
        m.add(new Mutation("raw 0xFF bytes in message", f -> f.set("message", new byte[] {(byte) 0xFF, (byte) 0xFE})));
        m.add(new Mutation("percent-encoded overlong UTF-8", f -> f.set("message",
                "%C0%AF%E0%80%AF".getBytes(StandardCharsets.US_ASCII))));
        m.add(new Mutation("lone surrogate bytes", f -> f.set("description",
                "%ED%A0%80x".getBytes(StandardCharsets.US_ASCII))));
        m.add(new Mutation("truncated percent escape", f -> f.set("message", "50%25%".getBytes(StandardCharsets.US_ASCII))));
        m.add(new Mutation("bad percent escape", f -> f.set("goal", "%zz%4".getBytes(StandardCharsets.US_ASCII))));
        m.add(new Mutation("repeated name", f -> f.add("name", "Tweede naam")));
        m.add(new Mutation("repeated kind", f -> f.add("kind", "correction")));
        m.add(new Mutation("repeated levels", f -> { f.add("levels", "mbo"); f.add("levels", "mbo"); }));
        m.add(new Mutation("unknown parameters", f -> { f.add("foo", "bar"); f.add(":operation", "delete"); }));
        m.add(new Mutation("sling parameters", f -> { f.add(":redirect", "https://evil.example"); f.add("jcr:primaryType", "rep:User"); }));
        m.add(new Mutation("long parameter name", f -> f.add("p".repeat(8_000), "x")));
        m.add(new Mutation("many parameters", f -> { for (int i = 0; i < 500; i++) { f.add("extra" + i, "v"); } }));
        m.add(new Mutation("sparse party index", f -> f.add("parties[999999999].name", "Verre")));
        m.add(new Mutation("negative row index", f -> f.add("locations[-1].latitude", "52")));
        m.add(new Mutation("huge row index", f -> f.add("parties[99999999999999999999].kind", "mbo")));
        m.add(new Mutation("emoji and RTL", f -> f.set("description", "Samen \uD83D\uDE80 \u202Eevil\u202C")));
        m.add(new Mutation("zero-width characters", f -> f.set("goal", "do\u200Bel\uFEFF")));
        m.add(new Mutation("comma decimal", f -> f.set("locations[0].latitude", "53,2194")));
        m.add(new Mutation("whitespace coordinates", f -> f.set("locations[0].longitude", "  6.5665  ")));
        m.add(new Mutation("charset parameter", f -> f.add("_charset_", "ISO-8859-1")));
        m.add(new Mutation("bogus charset", f -> f.add("_charset_", "x-no-such-charset")));
        m.add(new Mutation("empty optional fields", f -> { f.set("website", ""); f.set("startYear", ""); }));
        // Sectors and themes are checked as tags (lowercase, digits, dashes), not against the taxonomy.
        m.add(new Mutation("unknown sector tag", f -> f.add("sectors", "ruimtevaart")));
        m.add(new Mutation("unicode name", f -> f.set("name", "Ĳsselpact Überall \u00A0")));
        return m;
    }

    /** Mutations each of which makes the form invalid for certain: applied last. */
    private static List<Mutation> breakers(String published) {
        List<Mutation> m = new ArrayList<>();
        // empty and oversized fields
        m.add(new Mutation("empty name", f -> f.set("name", "")));
        m.add(new Mutation("blank name", f -> f.set("name", "   \t ")));
        m.add(new Mutation("short name", f -> f.set("name", "ab")));
        m.add(new Mutation("oversized name", f -> f.set("name", "N".repeat(5_000))));
        m.add(new Mutation("oversized goal", f -> f.set("goal", "doel ".repeat(1_000))));
        m.add(new Mutation("oversized description", f -> f.set("description", "d".repeat(25_000))));
        m.add(new Mutation("oversized message", f -> f.set("message", "m".repeat(4_100))));
        m.add(new Mutation("oversized submitter name", f -> f.set("submitterName", "A".repeat(300))));
        m.add(new Mutation("oversized email", f -> f.set("submitterEmail", "a".repeat(400) + "@example.nl")));
        m.add(new Mutation("oversized party name", f -> f.set("parties[0].name", "P".repeat(300))));
        m.add(new Mutation("oversized town", f -> f.set("locations[0].town", "T".repeat(300))));
        m.add(new Mutation("oversized website", f -> f.set("website", "https://example.nl/" + "w".repeat(600))));
        m.add(new Mutation("empty goal", f -> f.set("goal", "")));
        m.add(new Mutation("empty submitter name", f -> f.set("submitterName", "")));
        m.add(new Mutation("missing submitter email", f -> f.remove("submitterEmail")));
        m.add(new Mutation("empty party name", f -> f.set("parties[0].name", "")));
        // wrong types
        m.add(new Mutation("letters for start year", f -> f.set("startYear", "tweeduizend")));
        m.add(new Mutation("letters in end year", f -> f.set("endYear", "20x1")));
        m.add(new Mutation("negative year", f -> f.set("startYear", "-5")));
        m.add(new Mutation("huge year", f -> f.set("startYear", "99999999999999999999")));
        m.add(new Mutation("exponent year", f -> f.set("endYear", "2e3")));
        m.add(new Mutation("NaN year", f -> f.set("startYear", "NaN")));
        m.add(new Mutation("end before start", f -> { f.set("startYear", "2024"); f.set("endYear", "2019"); }));
        m.add(new Mutation("letters for latitude", f -> f.set("locations[0].latitude", "noord")));
        m.add(new Mutation("letters for longitude", f -> f.set("locations[0].longitude", "oost")));
        // invalid and extreme coordinates
        m.add(new Mutation("NaN latitude", f -> f.set("locations[0].latitude", "NaN")));
        m.add(new Mutation("NaN longitude", f -> f.set("locations[0].longitude", "NaN")));
        m.add(new Mutation("Infinity latitude", f -> f.set("locations[0].latitude", "Infinity")));
        m.add(new Mutation("-Infinity longitude", f -> f.set("locations[0].longitude", "-Infinity")));
        m.add(new Mutation("1e308 latitude", f -> f.set("locations[0].latitude", "1e308")));
        m.add(new Mutation("-1e308 longitude", f -> f.set("locations[0].longitude", "-1e308")));
        m.add(new Mutation("1e999 latitude", f -> f.set("locations[0].latitude", "1e999")));
        m.add(new Mutation("hex latitude", f -> f.set("locations[0].latitude", "0x1.ap5")));
        m.add(new Mutation("double-typed latitude", f -> f.set("locations[0].latitude", "53.2194d")));
        m.add(new Mutation("swapped coordinates", f -> {
            f.set("locations[0].latitude", "6.5665"); f.set("locations[0].longitude", "53.2194"); }));
        m.add(new Mutation("Paris", f -> {
            f.set("locations[0].latitude", "48.8566"); f.set("locations[0].longitude", "2.3522"); }));
        m.add(new Mutation("null island", f -> {
            f.set("locations[0].latitude", "0"); f.set("locations[0].longitude", "0"); }));
        m.add(new Mutation("Antwerp (inside the box, outside NL)", f -> {
            f.set("locations[0].latitude", "51.2194"); f.set("locations[0].longitude", "4.4025"); }));
        m.add(new Mutation("North Sea", f -> {
            f.set("locations[0].latitude", "53.5"); f.set("locations[0].longitude", "3.5"); }));
        m.add(new Mutation("latitude 91", f -> f.set("locations[0].latitude", "91")));
        m.add(new Mutation("empty latitude", f -> f.set("locations[0].latitude", "")));
        m.add(new Mutation("no locations", f -> f.removePrefix("locations[")));
        m.add(new Mutation("no parties", f -> f.removePrefix("parties[")));
        m.add(new Mutation("51 parties", f -> {
            for (int i = 1; i <= 51; i++) { f.add("parties[" + i + "].name", "P" + i); f.add("parties[" + i + "].kind", "mbo"); } }));
        // unknown codes, kinds and targets
        m.add(new Mutation("unknown kind", f -> f.set("kind", "deleteEverything")));
        m.add(new Mutation("empty kind", f -> f.set("kind", "")));
        m.add(new Mutation("missing kind", f -> f.remove("kind")));
        m.add(new Mutation("kind in capitals", f -> f.set("kind", "NEWINITIATIVE")));
        m.add(new Mutation("script as kind", f -> f.set("kind", XSS)));
        m.add(new Mutation("correction without target", f -> { f.set("kind", "correction"); f.remove("target"); }));
        m.add(new Mutation("correction of an unknown target", f -> { f.set("kind", "correction"); f.set("target", "bestaat-niet-xxxxx"); }));
        m.add(new Mutation("correction of a path target", f -> { f.set("kind", "ended"); f.set("target", "../../../../etc/passwd"); }));
        m.add(new Mutation("correction of a JCR path", f -> { f.set("kind", "addition"); f.set("target", "/var/samenwerkingskaart/submissions"); }));
        m.add(new Mutation("correction of a script target", f -> { f.set("kind", "correction"); f.set("target", XSS); }));
        m.add(new Mutation("correction of a long target", f -> { f.set("kind", "correction"); f.set("target", "t".repeat(3_000)); }));
        m.add(new Mutation("correction of a target in capitals", f -> { f.set("kind", "correction"); f.set("target", published.toUpperCase(Locale.ROOT)); }));
        m.add(new Mutation("unknown party kind", f -> f.set("parties[0].kind", "alien")));
        m.add(new Mutation("unknown level", f -> f.set("levels", "phd")));
        m.add(new Mutation("unknown status", f -> f.set("status", "bogus")));
        m.add(new Mutation("malformed sector", f -> f.add("sectors", "Ruimte Vaart!")));
        m.add(new Mutation("unknown theme", f -> f.add("themes", "<b>thema</b>")));
        m.add(new Mutation("invalid funding tag", f -> f.set("funding", "Hoofd Letters!,@@")));
        m.add(new Mutation("unknown region", f -> f.set("regionCode", "AM99")));
        m.add(new Mutation("javascript website", f -> f.set("website", "javascript:alert(1)")));
        m.add(new Mutation("data website", f -> f.set("website", "data:text/html," + XSS)));
        m.add(new Mutation("not a website", f -> f.set("website", "geen adres")));
        // control characters
        m.add(new Mutation("NUL in name", f -> f.set("name", "Zorg\u0000pact")));
        m.add(new Mutation("escape sequence in name", f -> f.set("name", "Zorg\u001B[31mpact")));
        m.add(new Mutation("bell in goal", f -> f.set("goal", "doel\u0007")));
        m.add(new Mutation("NUL in message", f -> f.set("message", "bericht\u0000")));
        m.add(new Mutation("newline in name", f -> f.set("name", "Zorg\npact")));
        m.add(new Mutation("newline in submitter name", f -> f.set("submitterName", "Anja\r\nBcc: x@y.nl")));
        m.add(new Mutation("raw NUL byte in name", f -> f.set("name", "Zorg%00pact".getBytes(StandardCharsets.US_ASCII))));
        // e-mail and consent
        m.add(new Mutation("no address", f -> f.set("submitterEmail", "geen-adres")));
        m.add(new Mutation("no local part", f -> f.set("submitterEmail", "@example.nl")));
        m.add(new Mutation("two at signs", f -> f.set("submitterEmail", "anja@@example.nl")));
        m.add(new Mutation("header injection", f -> f.set("submitterEmail", "anja@example.nl\r\nBcc: x@example.nl")));
        m.add(new Mutation("two addresses", f -> f.set("submitterEmail", "anja@example.nl, piet@example.nl")));
        m.add(new Mutation("script address", f -> f.set("submitterEmail", XSS + "@example.nl")));
        m.add(new Mutation("no consent", f -> f.remove("consent")));
        m.add(new Mutation("empty consent", f -> f.set("consent", "")));
        return m;
    }

    private static Bad submission(Random random, int index, List<String[]> tokens, String published, URI base) {
        List<Mutation> noise = noise();
        List<Mutation> breakers = breakers(published);
        Form form = new Form();
        PublicSubmissions.newInitiative("Zorgpact " + index).forEach(form::add);
        String[] token = tokens.get(index + 2);
        form.add(":submission-key", token[0]);
        form.add(":swk-csrf", token[1]);
        boolean htmlMode = random.nextInt(3) == 0;
        if (htmlMode) {
            form.add(":swk-return", RETURN);
            form.add(":swk-form", FORM);
            form.add("_charset_", "UTF-8");
        }
        boolean dutch = random.nextInt(8) != 0;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Referer", base + "/");
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        headers.put("Accept-Language", dutch ? "nl-NL,nl;q=0.9,en;q=0.5" : "en-GB,en;q=0.9");
        if (htmlMode) {
            headers.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        } else if (random.nextBoolean()) {
            headers.put("Accept", "application/json");
        }
        List<String> described = new ArrayList<>();
        int noises = random.nextInt(4);
        for (int i = 0; i < noises; i++) {
            Mutation mutation = noise.get(random.nextInt(noise.size()));
            mutation.apply().accept(form);
            described.add(mutation.name());
        }
        String endpoint = htmlMode ? "POST submissions (HTML mode)" : "POST submissions (JSON)";
        int family = random.nextInt(100);
        String path = ENDPOINT;
        byte[] body;
        if (family < 62) {
            Mutation breaker = breakers.get(random.nextInt(breakers.size()));
            breaker.apply().accept(form);
            described.add(breaker.name());
            if (htmlMode && random.nextInt(10) == 0) {
                String bad = List.of("//evil.example/x", "https://evil.example/", "/content/../bin/x.html",
                        "/bin/samenwerkingskaart/public/initiatives", "/content/x.html?y=1", "/content/%2e%2e/x",
                        "/content\\evil", "/content/" + "x".repeat(600), "/content/bestaat/niet.html",
                        "/content/x.sel.html", "javascript:alert(1)").get(random.nextInt(11));
                form.set(":swk-return", bad);
                described.add("return=" + bad);
            }
            body = form.encode();
        } else if (family < 80) {
            String what = tokenBreak(random, form, token, tokens);
            described.add(what);
            if (random.nextBoolean()) {
                Mutation breaker = breakers.get(random.nextInt(breakers.size()));
                breaker.apply().accept(form);
                described.add(breaker.name());
            }
            body = form.encode();
        } else if (family < 88) {
            // Wrong content types: the endpoint takes only form-encoded bodies.
            int kind = random.nextInt(8);
            String json = "{\"kind\":\"newInitiative\",\"name\":\"Zorgpact\",\":swk-csrf\":\"" + token[1] + "\"}";
            switch (kind) {
                case 0 -> { headers.put("Content-Type", "application/json"); body = json.getBytes(StandardCharsets.UTF_8); }
                case 1 -> { headers.put("Content-Type", "text/plain"); body = form.encode(); }
                case 2 -> { headers.remove("Content-Type"); body = form.encode(); }
                case 3 -> { headers.put("Content-Type", "multipart/form-data; boundary=swk"); body = multipart(form, true); }
                case 4 -> { headers.put("Content-Type", "multipart/form-data; boundary=swk"); body = multipart(form, false); }
                case 5 -> { headers.put("Content-Type", "application/xml"); body = "<a>&xxe;</a>".getBytes(StandardCharsets.UTF_8); }
                case 6 -> { headers.put("Content-Type", "application/x-www-form-urlencoded-evil"); body = form.encode(); }
                default -> { headers.put("Content-Type", "multipart/form-data"); body = "garbage".getBytes(StandardCharsets.UTF_8); }
            }
            described.add("content type " + headers.getOrDefault("Content-Type", "(none)")
                    + (kind == 4 ? " (broken)" : ""));
        } else if (family < 95) {
            // Bodies over the 64 KiB limit.
            int kind = random.nextInt(4);
            switch (kind) {
                case 0 -> form.set("message", "x".repeat(70_000));
                case 1 -> form.set("description", "é".repeat(40_000));
                case 2 -> { for (int i = 0; i < 3_000; i++) { form.add("p" + i, "waarde-" + i + "-xxxxxxxxxxxxxx"); } }
                default -> form.set("goal", "<b>" + "y".repeat(300_000) + "</b>");
            }
            described.add("body over the limit (" + kind + ")");
            body = form.encode();
        } else {
            // Addressed wrongly: selectors, extensions, suffixes, paths below the POST endpoint (those went to Sling's
            // default POST servlet, which failed with a 500, until UnknownPathFilter answered them with a 404).
            path = ENDPOINT + List.of(".json", ".token.json", ".html", ".x.y.z", "/..%2f..%2fetc",
                    "/SW-2026-AAAAAA", "/SW-2026-AAAAAA.json").get(random.nextInt(7));
            described.add("path " + path);
            body = form.encode();
            endpoint = "POST submissions (odd path)";
            return new Bad(endpoint, String.join(", ", described), "POST", path, headers, body, false, false, dutch);
        }
        return new Bad(endpoint, String.join(", ", described), "POST", path, headers, body, true, htmlMode, dutch);
    }

    /** Missing, forged, expired-format or other-key tokens and keys. */
    private static String tokenBreak(Random random, Form form, String[] mine, List<String[]> tokens) {
        String[] other = tokens.get(0);
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> { form.remove(":swk-csrf"); form.remove(":submission-key"); return "no token, no key"; }
            case 1 -> { form.remove(":swk-csrf"); return "no token"; }
            case 2 -> { form.remove(":submission-key"); return "no key"; }
            case 3 -> { form.set(":swk-csrf", "9999999999.AAAA"); return "forged token"; }
            case 4 -> {
                form.set(":submission-key", mine[0]);
                form.set(":swk-csrf", "1000000000" + mine[1].substring(mine[1].indexOf('.')));
                return "expired-format token";
            }
            case 5 -> { form.set(":submission-key", mine[0]); form.set(":swk-csrf", other[1]); return "another key's token"; }
            case 6 -> { form.set(":swk-csrf", ""); return "empty token"; }
            case 7 -> { form.set(":swk-csrf", "x".repeat(5_000)); return "oversized token"; }
            case 8 -> { form.set(":submission-key", "abc"); return "malformed key"; }
            case 9 -> { form.set(":submission-key", "ä".repeat(22)); return "non-ASCII key"; }
            case 10 -> { form.set(":swk-csrf", "....."); return "dots as token"; }
            default -> {
                form.set(":submission-key", mine[0]);
                form.set(":swk-csrf", "99999999999999999999999" + mine[1].substring(mine[1].indexOf('.')));
                return "token with an overflowing expiry";
            }
        }
    }

    private static byte[] multipart(Form form, boolean wellFormed) {
        StringBuilder body = new StringBuilder();
        for (Object[] e : form.entries) {
            if (!(e[1] instanceof String value)) {
                continue;
            }
            body.append("--swk\r\nContent-Disposition: form-data; name=\"").append(e[0]).append("\"\r\n\r\n")
                    .append(value).append("\r\n");
        }
        body.append(wellFormed ? "--swk--\r\n" : "--swk\r\nContent-Disposition: form-data; name=\"x");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- the data endpoints ---------------------------------------------------------------------------------------

    private static Bad dataRequest(Random random, String published) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", "nl");
        int kind = random.nextInt(3);
        String path;
        String endpoint;
        if (kind == 0) {
            endpoint = "GET public data";
            List<String> odd = List.of("?a=b", "?callback=" + enc(XSS), "?q=" + "z".repeat(1_500), "?%ff%fe=%c3%28",
                    "?region=AM99&level=phd", "?" + "p=1&".repeat(300), "?%00", "?bbox=NaN,Infinity,1e308,-1e308",
                    "", ".", "/suffix", "/..%2f..%2fetc%2fpasswd");
            List<String> shape = List.of("/bin/samenwerkingskaart/public/initiatives.json",
                    "/bin/samenwerkingskaart/public/initiatives.tidy.json",
                    "/bin/samenwerkingskaart/public/initiatives.infinity.json",
                    "/bin/samenwerkingskaart/public/initiatives.1.json",
                    "/bin/samenwerkingskaart/public/initiatives.xml",
                    "/bin/samenwerkingskaart/public/initiatives.html",
                    "/bin/samenwerkingskaart/public/initiatives.json/x.json",
                    "/bin/samenwerkingskaart/public/initiatives",
                    "/bin/samenwerkingskaart/public/initiatives.%3Cscript%3E.json",
                    // the other public data: downloads, counts per region, portraits
                    "/bin/samenwerkingskaart/public/initiatives.csv",
                    "/bin/samenwerkingskaart/public/initiatives.geojson",
                    "/bin/samenwerkingskaart/public/initiatives.geojson.json",
                    "/bin/samenwerkingskaart/public/region-counts.json",
                    "/bin/samenwerkingskaart/public/region-counts.csv",
                    "/bin/samenwerkingskaart/public/region-counts.tidy.json",
                    "/bin/samenwerkingskaart/public/portraits.json",
                    "/bin/samenwerkingskaart/public/portraits.infinity.json");
            String suffix = odd.get(random.nextInt(odd.size()));
            String p = shape.get(random.nextInt(shape.size()));
            path = suffix.startsWith("?") || suffix.isEmpty() ? p + suffix : p.replace(".json", ".json" + suffix);
            if (random.nextInt(4) == 0) {
                headers.put("If-None-Match", List.of("\"garbage\"", "*", "W/\"x\"", "\"" + "e".repeat(2_000) + "\"")
                        .get(random.nextInt(4)));
            }
            if (random.nextInt(4) == 0) {
                headers.put("Accept-Encoding", List.of("gzip;q=NaN", "br, zstd, x-unknown", "identity;q=0, *;q=0")
                        .get(random.nextInt(3)));
            }
        } else if (kind == 1) {
            endpoint = "GET initiative.json/<id>";
            List<String> ids = List.of("", "x", "bestaat-niet-k3f9q", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/var",
                    enc(XSS), "a".repeat(1_800), "%00", "%ff%fe", "%c3%28", enc(published) + ".json",
                    enc(published) + ";x=1", enc(published.toUpperCase(Locale.ROOT)), enc(published) + "/extra",
                    enc(published) + "%00", "%20" + enc(published), enc("Ĳssel"), "SW-2026-AAAAAA", "1e308", "NaN",
                    "..", "%2e", "-", "__proto__", enc("{\"$ne\":null}"), "*", enc("' OR '1'='1"));
            String id = ids.get(random.nextInt(ids.size()));
            List<String> shape = List.of(TestPaths.DETAIL, "/bin/samenwerkingskaart/public/initiative.infinity.json/",
                    "/bin/samenwerkingskaart/public/initiative.xml/", "/bin/samenwerkingskaart/public/initiative.json/"
                            + "deep/er/");
            path = shape.get(random.nextInt(shape.size())) + id
                    + (random.nextInt(5) == 0 ? "?callback=" + enc(XSS) : "");
        } else {
            endpoint = "GET submissions.token.json";
            List<String> shape = List.of(TOKEN + "?key=x", TOKEN + "/suffix", ENDPOINT + ".json", ENDPOINT + ".xml",
                    ENDPOINT + ".token.xml", ENDPOINT + ".token.a.json", ENDPOINT + ".TOKEN.json",
                    TOKEN + "?%ff=%00", ENDPOINT, ENDPOINT + ".token", TOKEN + "?" + "k=v&".repeat(200),
                    ENDPOINT + ".token.json/" + enc(XSS));
            path = shape.get(random.nextInt(shape.size()));
        }
        return new Bad(endpoint, "odd request", "GET", path, headers, new byte[0], false, false, true);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** The number of stored submissions, as the administrator sees them. */
    private static int count(Http admin) {
        JsonNode root = admin.getJson(PublicSubmissions.DATA_ROOT + ".1.json");
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            if (it.next().getValue().isObject()) {
                n++;
            }
        }
        return n;
    }
}
