package nl.samenwerkingskaart.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs axe-core, Deque's accessibility rules engine, on the page a {@link Browser} shows, against the WCAG 2.0 and
 * 2.1 rules of levels A and AA.
 *
 * <p>axe-core is the npm package {@code axe-core} (licence MPL-2.0), which the build downloads from the npm registry
 * with a checksum (see webapp/pom.xml) and hands to the tests as the system property {@code swk.axeScript}. It is
 * injected into the page under test only; the product does not contain it.
 *
 * <p>Use: {@code Axe.assertNoSeriousViolations(browser, "the map page")} once the page shows what is to be checked.
 * A rule that misjudges one element for a reason that can be explained may be left out for that element alone with
 * {@link #assertNoSeriousViolations(Browser, String, Map)}, giving the reason: never a rule for the whole page.
 */
final class Axe {

    /** What the product promises: WCAG 2.1 level AA, which includes 2.0 A and AA and 2.1 A. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test; moderate and minor ones are printed only. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static String source;

    /** One rule that fails, with the elements it fails on (CSS selectors as axe gives them). */
    record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
        boolean failing() {
            return FAILING.contains(impact);
        }
    }

    /** One failing element: its selector, its markup (shortened) and axe's summary of what to fix. */
    record Node(String target, String html, String summary) {}

    private Axe() {}

    /** The violations on the current page; {@code excluded} maps CSS selectors that axe skips to the reason. */
    static List<Violation> violations(Browser browser, Map<String, String> excluded) {
        return run(browser, excluded).violations();
    }

    /** What axe found: rules that fail, and rules it could not decide on some elements (to review by hand). */
    record Results(List<Violation> violations, List<Violation> incomplete) {}

    static Results run(Browser browser, Map<String, String> excluded) {
        inject(browser);
        var timeouts = browser.driver().manage().timeouts();
        Duration before = timeouts.getScriptTimeout();
        timeouts.scriptTimeout(TIMEOUT);
        Object result;
        try {
            result = browser.js().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "const context = arguments[1].length ? { exclude: arguments[1] } : document;"
                    + "axe.run(context, { runOnly: { type: 'tag', values: arguments[0] },"
                    + "    resultTypes: ['violations', 'incomplete'] })"
                    + "  .then(r => done(JSON.stringify({ violations: r.violations, incomplete: r.incomplete })),"
                    + "    e => done('axe failed: ' + e));",
                    TAGS, List.copyOf(excluded.keySet()));
        } finally {
            timeouts.scriptTimeout(before);
        }
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) {
            throw new AssertionError(json);
        }
        try {
            JsonNode tree = Http.JSON.readTree(json);
            return new Results(parse(tree.path("violations")), parse(tree.path("incomplete")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Violation> parse(JsonNode rules) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : rules) {
            List<Node> nodes = new ArrayList<>();
            for (JsonNode n : v.path("nodes")) {
                List<String> target = new ArrayList<>();
                n.path("target").forEach(t -> target.add(t.isTextual() ? t.asText() : t.toString()));
                nodes.add(new Node(String.join(" >> ", target), shorten(n.path("html").asText(), 160),
                        n.path("failureSummary").asText().replaceAll("\\s+", " ").strip()));
            }
            violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                    v.path("helpUrl").asText(), nodes));
        }
        return violations;
    }

    /** Fails listing every serious or critical violation on the current page; prints the milder ones. */
    static void assertNoSeriousViolations(Browser browser, String pageLabel) {
        assertNoSeriousViolations(browser, pageLabel, Map.of());
    }

    /**
     * As {@link #assertNoSeriousViolations(Browser, String)}, with elements that axe leaves out: CSS selectors, each
     * with the reason why it is not checked there. Keep the selectors as narrow as the reason.
     */
    static void assertNoSeriousViolations(Browser browser, String pageLabel, Map<String, String> excluded) {
        Results results = run(browser, excluded);
        List<Violation> violations = results.violations();
        if (!results.incomplete().isEmpty()) {
            System.out.println("axe on " + pageLabel + ", undecided (to review by hand, not failing): "
                    + results.incomplete().stream().map(v -> v.rule() + " x" + v.nodes().size()).toList());
        }
        List<Violation> failing = violations.stream().filter(Violation::failing).toList();
        List<Violation> milder = violations.stream().filter(v -> !v.failing()).toList();
        if (!milder.isEmpty()) {
            System.out.println("axe on " + pageLabel + ", moderate or minor (not failing):\n" + describe(milder));
        }
        if (!failing.isEmpty()) {
            browser.screenshot("axe-" + pageLabel.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("axe found " + failing.size() + " serious or critical violation(s) on "
                    + pageLabel + " (" + browser.driver().getCurrentUrl() + "):\n" + describe(failing));
        }
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(v -> "- " + v.rule() + " (" + v.impact() + "): " + v.help() + " <" + v.helpUrl()
                + ">\n" + v.nodes().stream().limit(10)
                        .map(n -> "    " + n.target() + "  " + n.html() + "\n      " + n.summary())
                        .collect(Collectors.joining("\n"))
                + (v.nodes().size() > 10 ? "\n    … and " + (v.nodes().size() - 10) + " more" : ""))
                .collect(Collectors.joining("\n"));
    }

    private static void inject(Browser browser) {
        Object present = browser.js().executeScript("return typeof window.axe === 'object' && !!window.axe.run;");
        if (!Boolean.TRUE.equals(present)) {
            browser.js().executeScript(source());
        }
    }

    private static synchronized String source() {
        if (source == null) {
            String path = System.getProperty("swk.axeScript");
            if (path == null || path.isBlank()) {
                throw new IllegalStateException("System property swk.axeScript is not set: run the tests with Maven");
            }
            try {
                source = Files.readString(Path.of(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not at " + path + " (the build downloads it before the"
                        + " integration tests)", e);
            }
        }
        return source;
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
