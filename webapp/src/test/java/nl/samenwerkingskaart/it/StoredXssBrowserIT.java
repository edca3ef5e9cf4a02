package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 6, stored XSS: payloads from {@code xss/stored-xss-payloads.txt} go in through every text input a visitor
 * and a researcher have (the submission form's name, goal, party names and towns, location labels and towns, message
 * and submitter name; the researchers' initiative editor, description and contact included; every text column of
 * the researchers' CSV import, with its dry-run report), are approved and published, and then every place that
 * shows them is visited in headless Chromium: the map's list, popup and detail,
 * the moderation queue, a submission's page, the comparison of a correction, the initiatives console and its editor,
 * and the e-mails (receipt and outcome). No payload may run (each one, if run, sets {@code window.name}; an alert
 * would show as an unhandled alert), and where a field is shown it shows the payload as the text that was typed.
 */
@ExtendWith(CmsServer.class)
class StoredXssBrowserIT {

    private static final String HIT = "xss";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private final List<String> ran = new ArrayList<>();
    private final List<String> notLiteral = new ArrayList<>();

    static List<String> payloads() throws IOException {
        try (InputStream in = StoredXssBrowserIT.class.getResourceAsStream("/xss/stored-xss-payloads.txt")) {
            assertNotNull(in, "the payload list is on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ") && !line.equals("#"))
                    .toList();
        }
    }

    @Test
    void noStoredPayloadRunsAnywhereAndEachShowsAsText(Cms cms, TestMailbox mailbox) throws Exception {
        List<String> payloads = payloads();
        assertTrue(payloads.size() >= 20, "a real list: " + payloads.size());
        String run = "XSS" + UUID.randomUUID().toString().substring(0, 6);
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        PublicSubmissions visitor = new PublicSubmissions(anonymous);
        String address = TestMailbox.newAddress("xss");

        // In through the public form: one submission per payload, the payload in every text field.
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, String> initiatives = new LinkedHashMap<>();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            String name = name(run, i, payload);
            Map<String, String> form = new LinkedHashMap<>(PublicSubmissions.newInitiative(name));
            form.put("goal", payload);
            form.put("parties[0].name", payload);
            form.put("parties[0].town", payload);
            form.put("parties[1].name", "Bedrijf " + payload);
            form.put("parties[1].kind", "company");
            form.put("locations[0].label", payload);
            form.put("locations[0].town", payload);
            form.put("message", payload);
            form.put("submitterName", payload);
            form.put("submitterEmail", address);
            references.put(name, visitor.submit(form));
        }
        // Approved and published by a moderator, so they reach the map.
        for (Map.Entry<String, String> entry : references.entrySet()) {
            initiatives.put(entry.getKey(), approve(admin, entry.getValue()));
        }
        // A correction of the first, left open: its page compares the payloads with the current values.
        String firstName = name(run, 0, payloads.get(0));
        Map<String, String> corrected = new LinkedHashMap<>(PublicSubmissions.correction(initiatives.get(firstName),
                Map.of("name", name(run, 99, payloads.get(1)), "goal", payloads.get(2))));
        corrected.put("message", payloads.get(3));
        corrected.put("submitterName", payloads.get(4));
        corrected.put("submitterEmail", address);
        String correction = visitor.submit(corrected);
        // The researchers' editor: a new initiative with payloads in every text field, then published.
        String edited = name(run, 98, payloads.get(5));
        initiatives.put(edited, createInConsole(admin, edited, payloads));

        try (Browser browser = Browser.startInDutch()) {
            WebDriver driver = browser.driver();
            harnessSeesAPayloadRun(browser, payloads);
            // The map: list, popup and detail of each.
            MapPage map = new MapPage(browser);
            for (int i = 0; i < payloads.size(); i++) {
                showsOnTheMap(browser, cms, map, run, i, payloads.get(i), "");
            }

            // The consoles, as a moderator.
            CmsLogin.logIn(browser, cms.base(), "admin", "admin");
            visit(browser, cms, ModerationIT.QUEUE + "?state=all", payloads.subList(0, 1));
            for (Map.Entry<String, String> entry : references.entrySet()) {
                int i = new ArrayList<>(references.keySet()).indexOf(entry.getKey());
                visit(browser, cms, ModerationIT.DETAIL + entry.getValue(), List.of(entry.getKey(), payloads.get(i)));
            }
            visit(browser, cms, ModerationIT.DETAIL + correction, List.of(name(run, 99, payloads.get(1)),
                    payloads.get(2), payloads.get(3), payloads.get(4)));
            visit(browser, cms, Researchers.LIST_PAGE, List.of());
            for (Map.Entry<String, String> entry : initiatives.entrySet()) {
                visit(browser, cms, Researchers.FORM_PAGE + TestPaths.DATA_ROOT + "/" + entry.getValue(), List.of());
                String value = driver.findElement(By.name("name")).getAttribute("value");
                literal("initiative editor's name field", value, entry.getKey());
            }

            // The e-mails: receipts and outcomes. They are text/plain, so a mail program shows them as text; shown
            // so in the browser too, no payload runs and each reads as typed.
            List<Mail> mails = mailbox.awaitMailsTo(address, references.size() * 2 + 1, MAIL_WAIT);
            for (Mail mail : mails) {
                assertTrue(mail.contentType().toLowerCase().startsWith("text/plain"),
                        "mails are plain text: " + mail.contentType());
                driver.get("data:text/plain;charset=utf-8," + URLEncoder.encode(mail.body(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
                check(browser, "mail " + mail.subject());
            }
            String allMail = String.join("\n", mails.stream().map(Mail::body).toList());
            for (String payload : payloads) {
                literal("the e-mails", allMail, payload);
            }
        }
        assertEquals(List.of(), ran, "payloads ran");
        assertEquals(List.of(), notLiteral, "payloads not shown as the text that was typed");
    }

    /**
     * Portraits: payloads in a draft portrait's fields (title, sections, authors), in an invited contact's name and
     * in the contact's feedback; then the review page (as the contact), the draft page and the portrait console's
     * feedback view (as an editor), and the invitation mail.
     */
    @Test
    void noPayloadRunsInTheReviewRound(Cms cms, TestMailbox mailbox) throws Exception {
        List<String> payloads = payloads();
        String run = "XSS" + UUID.randomUUID().toString().substring(0, 6);
        Http admin = Http.admin(cms.base());
        Http anonymous = Http.anonymous(cms.base());
        PortraitFixtures portraits = new PortraitFixtures(admin);
        String title = run + " " + payloads.get(1);
        String portrait = portraits.draftPortrait(title, "AM21",
                portraits.uploadPdf(run + ".pdf", PortraitFixtures.pdf("Concept " + run)));
        portraits.set(portrait + "/jcr:content", "summary", payloads.get(2), null);
        portraits.set(portrait + "/jcr:content", "strengths", payloads.get(3), null);
        portraits.set(portrait + "/jcr:content", "weaknesses", payloads.get(4), null);
        portraits.set(portrait + "/jcr:content", "recommendations", payloads.get(0), null);

        String address = TestMailbox.newAddress("xss-contact");
        String contact = payloads.get(5);
        String console = admin.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        HttpResponse<String> invited = admin.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(console))), Map.entry("portrait", portrait),
                Map.entry("action", "invite"), Map.entry("name", contact), Map.entry("email", address),
                Map.entry("days", "14"), Map.entry("language", "nl")));
        assertEquals(303, invited.statusCode(), invited.body());
        Mail invitation = mailbox.awaitMailsTo(address, 1, MAIL_WAIT).get(0);
        String link = PortraitFixtures.reviewPath(invitation.body());
        String csrf = Researchers.csrfToken(anonymous.get(link).body());
        assertNotNull(csrf);
        HttpResponse<String> sent = anonymous.post(link, List.of(Map.entry(":swk-csrf", csrf),
                Map.entry("feedback-general", payloads.get(6)), Map.entry("feedback-strengths", payloads.get(7)),
                Map.entry("feedback-weaknesses", payloads.get(8))));
        assertEquals(303, sent.statusCode(), sent.body());

        try (Browser browser = Browser.startInDutch()) {
            WebDriver driver = browser.driver();
            driver.get(cms.url(link).toString());
            check(browser, "review page");
            String review = text(driver, "body");
            for (String expected : List.of(title, payloads.get(2), payloads.get(3), payloads.get(4), contact)) {
                literal("review page", review, expected);
            }
            driver.get("data:text/plain;charset=utf-8," + URLEncoder.encode(invitation.body(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            check(browser, "invitation mail");
            assertTrue(invitation.contentType().toLowerCase().startsWith("text/plain"), invitation.contentType());
            literal("invitation mail", invitation.body(), title);

            CmsLogin.logIn(browser, cms.base(), "admin", "admin");
            visit(browser, cms, portrait + ".html", List.of(title, payloads.get(2), payloads.get(3)));
            visit(browser, cms, PortraitFixtures.CONSOLE_PAGE + portrait,
                    List.of(contact, payloads.get(6), payloads.get(7), payloads.get(8)));
        }
        assertEquals(List.of(), ran, "payloads ran");
        assertEquals(List.of(), notLiteral, "payloads not shown as the text that was typed");
    }

    /**
     * The researchers' CSV import (QUALITY.md: "any submitted or imported text"): a file with a payload in every
     * text column of each row is uploaded in the browser, its dry run read, imported with the progress page, and then
     * the map's list, popup and detail and the initiatives console show each payload as text, and none runs.
     */
    @Test
    void noImportedPayloadRunsAndEachShowsAsText(Cms cms) throws Exception {
        List<String> payloads = payloads();
        String run = "XSI" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("name,goal,description,parties,town,locationLabel,latitude,longitude,"
                + "website,contact,levels,status,published\r\n");
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            csv.append(String.join(",", List.of(quoted(name(run, i, payload)), quoted(payload), quoted(payload),
                    quoted(payload + " | mbo | " + payload + "\nBedrijf " + payload + " | company"), quoted(payload),
                    quoted(payload), "52.5168", "6.083", "", quoted(payload), "mbo", "running", "true")))
                    .append("\r\n");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("swk-xss-", ".csv");
        java.nio.file.Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Browser browser = Browser.startInDutch()) {
            WebDriver driver = browser.driver();
            CmsLogin.logIn(browser, cms.base(), "admin", "admin");
            driver.get(cms.url(CsvImportIT.PAGE).toString());
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("swk-import-file")).isEmpty());
            driver.findElement(By.id("swk-import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.cssSelector(".swk-import form button[type=submit]"));
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("swk-import-col-0")).isEmpty());
            check(browser, "import mapping");
            WebElement applyPublished = driver.findElement(By.name("applyPublished"));
            if (!applyPublished.isSelected()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].click()", applyPublished);
            }
            browser.click(By.cssSelector("form[aria-labelledby='swk-import-mapping-title'] button[type=submit]"));
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector(".swk-import__report")).isEmpty());
            check(browser, "import dry run");
            String report = String.valueOf(((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('.swk-import__report').textContent;"));
            assertEquals(payloads.size(), driver.findElements(
                    By.cssSelector(".swk-import__report tbody tr[data-swk-outcome='create']")).size(), report);
            for (int i = 0; i < payloads.size(); i++) {
                literal("import dry run", report, name(run, i, payloads.get(i)));
            }
            browser.click(By.cssSelector("[data-swk-import-start]"));
            browser.waitUpTo(Duration.ofSeconds(120)).until(d -> !d.findElements(
                    By.cssSelector("a[href='/cms/samenwerking/initiatives.html'].button")).isEmpty());
            check(browser, "import outcome");

            visit(browser, cms, Researchers.LIST_PAGE + "?q=" + run, List.of());
            MapPage map = new MapPage(browser);
            for (int i = 0; i < payloads.size(); i++) {
                showsOnTheMap(browser, cms, map, run, i, payloads.get(i), " (imported)");
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertEquals(List.of(), ran, "imported payloads ran");
        assertEquals(List.of(), notLiteral, "imported payloads not shown as the text that was typed");
    }

    /**
     * The i-th initiative of this run on the map: found by its tag in the search, its list entry, detail and popup
     * each checked for a payload that ran and for the name (and the goal in the detail) shown as typed.
     */
    private void showsOnTheMap(Browser browser, Cms cms, MapPage map, String run, int i, String payload,
            String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String name = name(run, i, payload);
        map.open(cms.url(TestPaths.MAP_PAGE));
        check(browser, "map page" + where);
        map.search(tag(run, i));
        map.awaitCount(1);
        WebElement button = map.listButtons().get(0);
        literal("map list" + where, button.getText(), name);
        js.executeScript("arguments[0].click()", button);
        map.waiting().until(d -> map.detail().getAttribute("data-swk-detail-loaded") != null
                && map.detail().isDisplayed() && map.detail().getText().contains(tag(run, i)));
        check(browser, "map detail" + where + " " + i);
        literal("map detail" + where, map.detail().getText(), name);
        literal("map detail goal" + where, map.detail().getText(), payload);
        openPopup(browser, map, name);
        check(browser, "map popup" + where + " " + i);
        // textContent: the popup may stand partly outside the map's box, and WebDriver's visible text then leaves
        // it out; what matters is what the popup holds.
        literal("map popup" + where, String.valueOf(js.executeScript(
                "var p = document.querySelector('.swk-map__popup'); return p ? p.textContent : '';")), name);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The check itself can fail: every payload, put into a page as HTML on purpose, is seen to run. */
    private void harnessSeesAPayloadRun(Browser browser, List<String> payloads) {
        for (String payload : List.of(payloads.get(0), payloads.get(1), payloads.get(2))) {
            browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode("<!doctype html><p>"
                    + payload, StandardCharsets.UTF_8).replace("+", "%20"));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> HIT.equals(
                    ((JavascriptExecutor) d).executeScript("return window.name;")));
            check(browser, "harness");
        }
        assertEquals(List.of("harness", "harness", "harness"), ran, "the harness notices a payload that runs");
        ran.clear();
    }

    private static String tag(String run, int i) {
        return run + "n" + String.format("%02d", i) + "x";
    }

    private static String name(String run, int i, String payload) {
        return tag(run, i) + " " + payload;
    }

    /** Loads a page, checks nothing ran and that each expected text shows literally in it. */
    private void visit(Browser browser, Cms cms, String path, List<String> expected) {
        browser.driver().get(cms.url(path).toString());
        check(browser, path);
        // textContent, not the visible text: remarks may sit in closed <details>. Markup that the browser parsed
        // would leave no tags in it, so a payload still only reads as typed when it was escaped.
        String body = String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.body.textContent;"));
        for (String text : expected) {
            literal(path, body, text);
        }
    }

    /** Records a payload that ran: window.name set, or an alert open. */
    private void check(Browser browser, String where) {
        WebDriver driver = browser.driver();
        try {
            Object name = ((JavascriptExecutor) driver).executeScript("return window.name;");
            if (HIT.equals(name)) {
                ran.add(where);
                ((JavascriptExecutor) driver).executeScript("window.name = '';");
            }
        } catch (UnhandledAlertException e) {
            ran.add(where + " (alert: " + e.getAlertText() + ")");
        }
    }

    private void literal(String where, String shown, String expected) {
        String normalised = shown.replaceAll("\\s+", " ");
        if (!normalised.contains(expected.replaceAll("\\s+", " ").strip())) {
            notLiteral.add(where + ": " + expected + " (shown: "
                    + normalised.substring(0, Math.min(normalised.length(), 300)) + ")");
        }
    }

    private static String text(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /**
     * Clicks the marker of this initiative (its title attribute is the name; the markers follow the search a moment
     * after the list) with a synthetic click, which Leaflet listens for, and waits for the popup.
     */
    private static void openPopup(Browser browser, MapPage map, String name) {
        WebDriver driver = browser.driver();
        By markers = By.cssSelector(".leaflet-marker-icon:not(.marker-cluster)");
        map.waiting().until(d -> d.findElements(markers).stream().anyMatch(m -> name.equals(m.getAttribute("title"))));
        WebElement target = driver.findElements(markers).stream().filter(m -> name.equals(m.getAttribute("title")))
                .findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", target);
        map.waiting().until(d -> !d.findElements(By.cssSelector(".swk-map__popup")).isEmpty());
    }

    private static String approve(Http admin, String reference) throws IOException {
        String token = Researchers.csrfToken(admin.get(ModerationIT.DETAIL + reference).body());
        assertNotNull(token);
        HttpResponse<String> approved = admin.post(ModerationIT.SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference), Map.entry("publish", "true"), Map.entry(":swk-csrf", token),
                Map.entry("_charset_", "utf-8")));
        assertEquals(303, approved.statusCode(), approved.body());
        String initiative = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".json")
                .path("initiative").asText();
        assertFalse(initiative.isEmpty());
        return initiative;
    }

    /** Saves a new initiative through the researchers' console with payloads everywhere, publishes it; its id. */
    private static String createInConsole(Http admin, String name, List<String> payloads) {
        String token = Researchers.csrfToken(admin.get(Researchers.FORM_PAGE).body());
        assertNotNull(token);
        List<String> before = Researchers.listedIds(admin.get(Researchers.LIST_PAGE + "?q=" + name.split(" ")[0])
                .body());
        HttpResponse<String> saved = admin.post(Researchers.CONSOLE_SERVLET, List.of(
                Map.entry(":swk-csrf", token), Map.entry("_charset_", "utf-8"), Map.entry(":action", "save"),
                Map.entry("name", name), Map.entry("goal", payloads.get(6)),
                Map.entry("description", payloads.get(7) + "\n\n" + payloads.get(8)),
                Map.entry("contact", payloads.get(9)), Map.entry("status", "running"), Map.entry("levels", "mbo"),
                Map.entry("parties[0].name", payloads.get(10)), Map.entry("parties[0].kind", "mbo"),
                Map.entry("parties[0].town", payloads.get(11)), Map.entry("locations[0].label", payloads.get(12)),
                Map.entry("locations[0].town", payloads.get(13)), Map.entry("locations[0].latitude", "52.5125"),
                Map.entry("locations[0].longitude", "6.0944")));
        assertEquals(303, saved.statusCode(), saved.body());
        String id = null;
        for (String candidate : Researchers.listedIds(admin.get(Researchers.LIST_PAGE + "?q=" + name.split(" ")[0])
                .body())) {
            if (!before.contains(candidate)) {
                id = candidate;
            }
        }
        assertNotNull(id, "the console lists the new initiative");
        HttpResponse<String> published = admin.post(Researchers.CONSOLE_SERVLET, List.of(
                Map.entry(":swk-csrf", token), Map.entry(":action", "publish"), Map.entry("id", id)));
        assertTrue(published.statusCode() == 303 || published.statusCode() == 200, published.body());
        return id;
    }
}
