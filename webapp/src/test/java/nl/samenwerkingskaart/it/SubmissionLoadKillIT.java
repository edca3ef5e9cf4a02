package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, faults: a power cut during the submission load. Several anonymous clients post valid submissions (each
 * with its own token and idempotency key) as fast as the CMS answers; in the middle of it the CMS is killed with
 * SIGKILL and started again on the same repository. Then every acknowledged submission (201) is there exactly once,
 * with every field as it was sent; one that was not acknowledged is either absent or complete, never partial;
 * nothing is there twice; a client that sends an unanswered submission again with the same key does not make a
 * second one; and the public map data are what they were before the crash. Runs on a CMS of its own.
 */
class SubmissionLoadKillIT {

    private static final int CLIENTS = 6;
    private static final long KILL_AFTER_MILLIS = 6_000;
    private static final long MAX_LOAD_MILLIS = 20_000;

    /** One submission as sent, and what became of it. */
    private static final class Attempt {
        final Map<String, String> form;
        final List<Map.Entry<String, String>> sent;
        volatile int status = -1;
        volatile String reference;

        Attempt(Map<String, String> form, List<Map.Entry<String, String>> sent) {
            this.form = form;
            this.sent = sent;
        }

        boolean acknowledged() {
            return status == 201;
        }

        String name() {
            return form.get("name");
        }
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillDuringTheLoad() throws Exception {
        Path work = Path.of(System.getProperty("swk.workDir")).resolveSibling("it-cms-load-kill");
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        JsonNode mapBefore;

        Cms first = CmsServer.startOwn(work, true);
        try {
            String published = publishOne(first, "Voor de storing " + run);
            mapBefore = Http.anonymous(first.base()).getJson(TestPaths.MAP_DATA);
            assertTrue(mapBefore.toString().contains(published), "the approved initiative is on the map");

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> load(first, run, client, stop, attempts));
            }
            Thread.sleep(KILL_AFTER_MILLIS);
            first.kill();
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(MAX_LOAD_MILLIS, TimeUnit.MILLISECONDS), "the clients stopped");
        } catch (RuntimeException | Error e) {
            first.kill();
            throw e;
        }

        List<Attempt> acknowledged = attempts.stream().filter(Attempt::acknowledged).toList();
        List<Attempt> unanswered = attempts.stream().filter(a -> a.status == -1).toList();
        System.out.printf("SubmissionLoadKillIT: %d sent, %d acknowledged, %d unanswered at the kill, %d other%n",
                attempts.size(), acknowledged.size(), unanswered.size(),
                attempts.size() - acknowledged.size() - unanswered.size());
        assertTrue(acknowledged.size() >= CLIENTS, "the load got going before the kill: " + acknowledged.size());
        assertTrue(attempts.stream().noneMatch(a -> a.status >= 500),
                "no 5xx before the kill: " + attempts.stream().filter(a -> a.status >= 500).map(a -> a.status)
                        .toList());

        Cms second = CmsServer.startOwn(work, false);
        try {
            Http admin = Http.admin(second.base());
            Map<String, List<String>> stored = storedByName(admin, run);
            List<String> problems = new ArrayList<>();
            for (Attempt attempt : acknowledged) {
                List<String> found = stored.getOrDefault(attempt.name(), List.of());
                if (found.size() != 1 || !found.get(0).equals(attempt.reference)) {
                    problems.add(attempt.reference + " (acknowledged) is stored as " + found);
                    continue;
                }
                problems.addAll(intact(admin, attempt.reference, attempt.form));
            }
            for (Attempt attempt : attempts) {
                if (attempt.acknowledged()) {
                    continue;
                }
                List<String> found = stored.getOrDefault(attempt.name(), List.of());
                if (found.size() > 1) {
                    problems.add(attempt.name() + " (not acknowledged) is stored " + found.size() + " times");
                } else if (found.size() == 1) {
                    problems.addAll(intact(admin, found.get(0), attempt.form));
                }
            }
            stored.keySet().stream().filter(n -> n.startsWith("(no proposal)"))
                    .forEach(n -> problems.add("a partial submission: " + n));
            int ours = stored.values().stream().mapToInt(List::size).sum();
            assertTrue(ours <= attempts.size(), ours + " stored for " + attempts.size() + " sent");

            // A client that got no answer sends the same form again, same key: never a second submission.
            Http anonymous = Http.anonymous(second.base());
            for (Attempt attempt : unanswered) {
                HttpResponse<String> again = anonymous.post(PublicSubmissions.ENDPOINT, attempt.sent,
                        "Accept", "application/json");
                if (again.statusCode() >= 500) {
                    problems.add("sending " + attempt.name() + " again answered " + again.statusCode());
                }
            }
            Map<String, List<String>> afterRetry = storedByName(admin, run);
            for (Attempt attempt : unanswered) {
                List<String> found = afterRetry.getOrDefault(attempt.name(), List.of());
                if (found.size() > 1) {
                    problems.add(attempt.name() + " is stored " + found.size() + " times after sending it again");
                }
            }
            assertEquals(List.of(), problems, "after the kill and restart");

            JsonNode mapAfter = anonymous.getJson(TestPaths.MAP_DATA);
            assertEquals(mapBefore, mapAfter, "the map data after the restart are what they were before the crash");
        } finally {
            second.close();
        }
    }

    /** One client: token, post, again, until stopped or the CMS is gone. */
    private static void load(Cms cms, String run, int client, AtomicBoolean stop, List<Attempt> attempts) {
        Http anonymous = Http.anonymous(cms.base());
        PublicSubmissions submissions = new PublicSubmissions(anonymous);
        long end = System.currentTimeMillis() + MAX_LOAD_MILLIS;
        for (int i = 0; !stop.get() && System.currentTimeMillis() < end; i++) {
            Map<String, String> form = form(run, client, i);
            List<Map.Entry<String, String>> sent;
            try {
                sent = submissions.withToken(form);
            } catch (RuntimeException | AssertionError e) {
                return; // no token: the CMS is gone, nothing was sent
            }
            Attempt attempt = new Attempt(form, sent);
            attempts.add(attempt);
            try {
                HttpResponse<String> response = anonymous.post(PublicSubmissions.ENDPOINT, sent,
                        "Accept", "application/json");
                if (response.statusCode() == 201) {
                    attempt.reference = Http.JSON.readTree(response.body()).path("reference").asText();
                }
                attempt.status = response.statusCode();
            } catch (Exception e) {
                return; // unanswered: the kill came while it was on its way
            }
        }
    }

    /** A valid new initiative whose every free-text field is unique to this attempt. */
    private static Map<String, String> form(String run, int client, int i) {
        String id = run + "-" + client + "-" + i;
        Map<String, String> form = new LinkedHashMap<>(PublicSubmissions.newInitiative("Last " + id));
        form.put("goal", "Doel van " + id + ": meer stages.");
        form.put("parties[0].name", "School " + id);
        form.put("locations[0].label", "Locatie " + id);
        form.put("message", "Bericht " + id);
        form.put("submitterName", "Indiener " + id);
        form.put("submitterEmail", "indiener-" + id + "@example.nl");
        return form;
    }

    /** Every field as sent, read back as the administrator; the differences, if any. */
    private static List<String> intact(Http admin, String reference, Map<String, String> form) {
        JsonNode node = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".infinity.json");
        JsonNode proposed = node.path("proposed");
        Map<String, String> read = new LinkedHashMap<>();
        read.put("name", proposed.path("name").asText(null));
        read.put("goal", proposed.path("goal").asText(null));
        read.put("parties[0].name", proposed.path("parties").path("0").path("name").asText(null));
        read.put("parties[0].town", proposed.path("parties").path("0").path("town").asText(null));
        read.put("locations[0].label", proposed.path("locations").path("0").path("label").asText(null));
        read.put("locations[0].town", proposed.path("locations").path("0").path("town").asText(null));
        read.put("message", node.path("message").asText(null));
        read.put("submitterName", node.path("submitterName").asText(null));
        read.put("submitterEmail", node.path("submitterEmail").asText(null));
        List<String> problems = new ArrayList<>();
        read.forEach((field, value) -> {
            if (!form.get(field).equals(value)) {
                problems.add(reference + " " + field + ": sent " + form.get(field) + ", stored " + value);
            }
        });
        if (!"received".equals(node.path("state").asText())) {
            problems.add(reference + " state " + node.path("state").asText());
        }
        return problems;
    }

    /**
     * The stored submissions of this run, by proposed name: their references. (The folder's deeper JSON renderings
     * exceed Sling's node limit at a few hundred submissions, so each child's proposal is read on its own.)
     */
    private static Map<String, List<String>> storedByName(Http admin, String run) {
        JsonNode root = admin.getJson(PublicSubmissions.DATA_ROOT + ".1.json");
        Map<String, List<String>> byName = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isObject() || entry.getKey().contains(":")) {
                continue; // a property, or the folder's rep:policy
            }
            HttpResponse<String> proposed = admin.get(PublicSubmissions.DATA_ROOT + "/" + entry.getKey()
                    + "/proposed.json");
            String name = "";
            if (proposed.statusCode() == 200) {
                try {
                    name = Http.JSON.readTree(proposed.body()).path("name").asText("");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            } else {
                name = "(no proposal) " + entry.getKey();
            }
            if (name.startsWith("Last " + run + "-") || name.startsWith("(no proposal)")) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry.getKey());
            }
        }
        return byName;
    }

    /** A submission approved and published through the moderation console by the administrator; its name. */
    private static String publishOne(Cms cms, String name) {
        String reference = new PublicSubmissions(Http.anonymous(cms.base()))
                .submit(PublicSubmissions.newInitiative(name));
        Http admin = Http.admin(cms.base());
        String token = Researchers.csrfToken(admin.get(ModerationIT.DETAIL + reference).body());
        assertNotNull(token, "the submission page carries a CSRF token");
        HttpResponse<String> approved = admin.post(ModerationIT.SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference), Map.entry("publish", "true"), Map.entry(":swk-csrf", token),
                Map.entry("_charset_", "utf-8")));
        assertEquals(303, approved.statusCode(), approved.body());
        Eventually.until(() -> Http.anonymous(cms.base()).get(TestPaths.MAP_DATA),
                response -> response.body().contains(name), "the approved initiative on the public map");
        return name;
    }
}
