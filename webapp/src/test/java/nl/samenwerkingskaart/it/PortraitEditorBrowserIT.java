package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4 in a real browser against the real CMS: a portrait editor uploads a PDF in Static Content, creates a page
 * from the template "Regioportret" in Sites, fills its properties, invites a contact in Manage → Portraits; the
 * contact opens the link from the e-mail, leaves feedback and downloads the draft PDF; the editor sees the remarks,
 * handles one and publishes; a visitor filters the portrait list by region, opens the portrait and downloads its PDF.
 * Everything happens through the UI, as people do it; the administrator's JSON only checks what was stored.
 */
@ExtendWith(CmsServer.class)
class PortraitEditorBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String PDF_FOLDER = TestPaths.PORTRAIT_PDFS;
    private static final String CONSOLE_LIST = "/cms/samenwerking-portraits/portraits.html";
    private static final String TEMPLATE = "/conf/samenwerkingskaart/site/templates/regioportret";
    /** Two regions no other test nor demo portrait is about: Midden-Utrecht (main, first in code order), Amersfoort. */
    private static final String MAIN_REGION = "AM13";
    private static final String OTHER_REGION = "AM14";
    /** The OK button of Sling CMS's confirmation ({@code Sling.CMS.ui.confirmMessage}). */
    private static final By CONFIRM_OK = By.cssSelector(".modal.is-active .modal-message ~ button.close-modal");

    private Cms cms;
    private TestMailbox mailbox;
    private Http admin;
    private Http anonymous;
    private Researchers users;
    private final List<Browser> browsers = new ArrayList<>();
    private final List<String> toDelete = new ArrayList<>();
    private Path tempDir;

    private String suffix;
    private String title;
    private String pageName;
    private String pagePath;
    private String pdfName;
    private String pdfPath;
    private byte[] pdfBytes;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) throws Exception {
        this.cms = cms;
        this.mailbox = mailbox;
        admin = Http.admin(cms.base());
        anonymous = Http.anonymous(cms.base());
        users = new Researchers(admin);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        title = "Regioportret Midden-Utrecht (browsertest " + suffix + ")";
        pageName = "browsertest-" + suffix;
        pagePath = TestPaths.PORTRAITS + "/" + pageName;
        pdfName = "portret-browsertest-" + suffix + ".pdf";
        pdfPath = PDF_FOLDER + "/" + pdfName;
        pdfBytes = PortraitFixtures.pdf("Regioportret Midden-Utrecht " + suffix).getBytes(StandardCharsets.US_ASCII);
        tempDir = Files.createTempDirectory("swk-portrait-upload-");
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot(getClass().getSimpleName() + "-browser" + (i + 1));
            browsers.get(i).close();
        }
        users.deleteCreatedUsers();
        // The list's tests expect the demo portraits only: the new portrait and its PDF go again.
        for (String path : toDelete) {
            admin.post(path, Map.of(":operation", "delete"));
        }
        CmsServer.deleteTree(tempDir);
    }

    @Test
    void anEditorWritesAPortraitAContactReviewsItTheEditorPublishesAndAVisitorDownloadsIt() throws Exception {
        Researchers.User user = new PortraitFixtures(admin).newPortraitEditor(users);
        Browser editor = start(Browser.startInDutch());
        CmsLogin.logIn(editor, cms.base(), user.name(), user.password());

        uploadThePdfInStaticContent(editor);
        createThePageInSites(editor);
        fillThePageProperties(editor);
        String contact = "Marieke van Dijk";
        String address = TestMailbox.newAddress("marieke");
        inviteTheContactInTheConsole(editor, contact, address);

        Mail mail = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertTrue(mail.subject().contains(title), mail.subject());
        String reviewLink = PortraitFixtures.reviewPath(mail.body());
        String mailedLink = PortraitFixtures.REVIEW_LINK.matcher(mail.body()).results().findFirst().orElseThrow().group();
        assertEquals(cms.url(reviewLink).toString(), mailedLink, "the link is made on the address the editor uses");
        Browser reviewer = start(Browser.startInDutch());
        theContactReviewsTheDraft(reviewer, reviewLink, contact);

        theEditorHandlesTheFeedbackAndPublishes(editor, contact);
        reviewer.driver().navigate().refresh();
        reviewer.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "De reviewronde van dit portret is afgerond"));
        assertEquals(410, anonymous.get(reviewLink).statusCode(), "publishing ended the contact's link");

        Browser visitor = start(Browser.startInDutch());
        aVisitorFindsThePortraitAndDownloadsThePdf(visitor);
    }

    /**
     * Step 1: Static Content → the folder of the portraits' PDFs → "+ File" opens Sling CMS's upload dialog as a modal
     * ({@code /cms/file/upload.html<folder>}); choosing the file uploads it at once, "Done" closes the dialog.
     */
    private void uploadThePdfInStaticContent(Browser editor) throws Exception {
        WebDriver driver = editor.driver();
        Path file = tempDir.resolve(pdfName);
        Files.write(file, pdfBytes);
        driver.get(cms.url("/cms/static/content.html" + PDF_FOLDER).toString());
        editor.click(By.cssSelector(".level a.Fetch-Modal[href='/cms/file/upload.html" + PDF_FOLDER + "']"));
        WebDriverWait wait = editor.waitUpTo(WAIT);
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".modal.is-active form.Form-Ajax input[type=file][name='*']")));
        assertEquals("sling:File", driver.findElement(By.cssSelector(
                ".modal.is-active form.Form-Ajax input[name='*@TypeHint']")).getAttribute("value"));
        toDelete.add(pdfPath);
        input.sendKeys(file.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".modal.is-active .file-item-container progress.is-success")));
        editor.click(By.cssSelector(".modal.is-active form.Form-Ajax a.close"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card[data-value='" + pdfPath + "']")));

        JsonNode stored = admin.getJson(pdfPath + ".json");
        assertEquals("sling:File", stored.path("jcr:primaryType").asText(), stored.toString());
        JsonNode content = admin.getJson(pdfPath + "/jcr:content.json");
        assertEquals("application/pdf", content.path("jcr:mimeType").asText(), content.toString());
        assertArrayEquals(pdfBytes, admin.getBytes(pdfPath).body(), "the uploaded bytes");
    }

    /**
     * Step 2a: Sites → the folder "regioportretten" → "+ Page" ({@code /cms/page/create.html<folder>}, a modal):
     * choosing the template loads its fields (title, name); "Create Page" posts the page.
     */
    private void createThePageInSites(Browser editor) {
        WebDriver driver = editor.driver();
        WebDriverWait wait = editor.waitUpTo(WAIT);
        driver.get(cms.url("/cms/site/content.html" + TestPaths.PORTRAITS).toString());
        editor.click(By.cssSelector(".level a.Fetch-Modal[href='/cms/page/create.html" + TestPaths.PORTRAITS + "']"));
        String form = ".modal.is-active form.Form-Ajax[action='" + TestPaths.PORTRAITS + "']";
        Select template = new Select(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(form + " select[name=pageTemplate]"))));
        template.selectByVisibleText("Regioportret");
        assertEquals(TEMPLATE, template.getFirstSelectedOption().getAttribute("value"));
        WebElement titleField = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(form + " .page-properties-container input[name=title]")));
        titleField.sendKeys(title, Keys.TAB);
        WebElement nameField = driver.findElement(By.cssSelector(form + " .page-properties-container input[name=':name']"));
        nameField.sendKeys(pageName, Keys.TAB);
        toDelete.add(0, pagePath);
        editor.click(By.cssSelector(form + " button[type=submit]"));
        confirmSuccess(editor, "creating the page");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card[data-value='" + pagePath + "']")));

        JsonNode content = admin.getJson(pagePath + "/jcr:content.json");
        assertEquals(title, content.path("jcr:title").asText(), content.toString());
        assertEquals(PortraitFixtures.RESOURCE_TYPE, content.path("sling:resourceType").asText());
        assertEquals(TEMPLATE, content.path("sling:template").asText());
        assertEquals(false, content.path("sling:published").asBoolean(true), "a new page is a draft");
    }

    /**
     * Step 2b: the new page's card in Sites → its action "Edit Page Properties" ({@code /cms/page/editproperties.html
     * <page>}, a modal with the portrait's dialog): regions, summary, strengths, authors, date, PDF; "Save Page".
     */
    private void fillThePageProperties(Browser editor) {
        WebDriver driver = editor.driver();
        WebDriverWait wait = editor.waitUpTo(WAIT);
        editor.click(By.cssSelector(".card[data-value='" + pagePath + "']"));
        editor.click(By.cssSelector(".actions-target a.Fetch-Modal[href='/cms/page/editproperties.html" + pagePath + "']"));
        String form = ".modal.is-active form.Form-Ajax[action='" + pagePath + "/jcr:content']";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(form + " select[name=regions]")));
        assertEquals(title, driver.findElement(By.cssSelector(form + " input[name='jcr:title']")).getAttribute("value"));

        Select regions = new Select(driver.findElement(By.cssSelector(form + " select[name=regions]")));
        assertTrue(regions.isMultiple());
        regions.selectByValue(OTHER_REGION);
        regions.selectByValue(MAIN_REGION);
        type(driver, form + " textarea[name=summary]", "Samenvatting: in Midden-Utrecht werken scholen en bedrijven "
                + "samen.\n\nDe tweede alinea.");
        type(driver, form + " textarea[name=strengths]", "Sterk: korte lijnen tussen mbo en bedrijven.");

        WebElement authorsAdd = driver.findElement(By.cssSelector(form + " button.repeating__add[name=authors]"));
        for (String author : List.of("dr. A. de Vries", "ir. B. Jansen")) {
            editor.click(By.cssSelector(form + " button.repeating__add[name=authors]"));
            List<WebElement> rows = authorsAdd.findElement(By.xpath("ancestor::div[contains(@class,'repeating')][1]"))
                    .findElements(By.cssSelector(".repeating__container input[name=authors]"));
            rows.get(rows.size() - 1).sendKeys(author);
        }

        typeDate(driver.findElement(By.cssSelector(form + " input[name=publicationDate]")), "2026", "10", "01");
        WebElement pdf = driver.findElement(By.cssSelector(form + " input.pathfield[name=pdf]"));
        pdf.clear();
        pdf.sendKeys(pdfPath, Keys.TAB);
        wait.until(d -> d.findElements(By.cssSelector(".autocomplete-suggestions")).stream()
                .noneMatch(WebElement::isDisplayed));
        editor.click(By.cssSelector(form + " button[type=submit]"));
        confirmSuccess(editor, "saving the page properties");

        JsonNode content = admin.getJson(pagePath + "/jcr:content.json");
        assertEquals(List.of(MAIN_REGION, OTHER_REGION), sorted(texts(content.path("regions"))),
                "regions as a String[]: " + content);
        assertEquals(List.of("dr. A. de Vries", "ir. B. Jansen"), texts(content.path("authors")),
                "authors as a String[]: " + content);
        assertEquals("2026-10-01", content.path("publicationDate").asText(), content.toString());
        assertEquals(pdfPath, content.path("pdf").asText());
        assertTrue(content.path("summary").asText().startsWith("Samenvatting: in Midden-Utrecht"), content.toString());
        assertEquals("Sterk: korte lijnen tussen mbo en bedrijven.", content.path("strengths").asText());
        assertEquals(title, content.path("jcr:title").asText(), "the title kept");
        assertEquals(PortraitFixtures.RESOURCE_TYPE, content.path("sling:resourceType").asText());
    }

    /**
     * Step 3: Manage → Portraits (the CMS's navigation) → the new portrait → invite a contact; the console says the
     * invitation was mailed and lists the contact with a working link.
     */
    private void inviteTheContactInTheConsole(Browser editor, String contact, String address) {
        WebDriver driver = editor.driver();
        WebDriverWait wait = editor.waitUpTo(WAIT);
        driver.get(cms.url("/cms").toString());
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='" + CONSOLE_LIST + "']")));
        if (!nav.isDisplayed()) {
            // The CMS folds its navigation groups; the group's label unfolds it.
            nav.findElement(By.xpath("ancestor::nav[1]")).findElement(By.cssSelector(".menu-label")).click();
            wait.until(ExpectedConditions.visibilityOf(nav));
        }
        nav.click();
        wait.until(ExpectedConditions.urlContains(CONSOLE_LIST));
        String row = "tr[data-portrait='" + pagePath + "']";
        WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        assertTrue(seen(editor, listed).contains("Concept"), "a draft: " + seen(editor, listed));
        editor.click(By.cssSelector(row + " a[href='" + PortraitFixtures.CONSOLE_PAGE + pagePath + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='draft']")));
        assertTrue(driver.findElement(By.cssSelector("h1.title")).getText().contains(title));

        driver.findElement(By.id("swk-invite-name")).sendKeys(contact);
        driver.findElement(By.id("swk-invite-email")).sendKeys(address);
        editor.click(By.cssSelector("form.swk-portraits__invite button[name=action][value=invite]"));
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("swk-notice")));
        assertEquals("De uitnodiging is gemaakt en per e-mail verstuurd.", seen(editor, notice));
        assertTrue(notice.getAttribute("class").contains("is-success"), notice.getAttribute("class"));
        WebElement invitation = driver.findElement(By.cssSelector("tr[data-invitation]"));
        String invited = seen(editor, invitation);
        assertTrue(invited.contains(contact) && invited.contains(address), invited);
        WebElement status = invitation.findElement(By.cssSelector("td[data-status]"));
        assertEquals("active", status.getAttribute("data-status"));
        assertTrue(seen(editor, status).startsWith("Werkt"), seen(editor, status));
        assertEquals("inReview", driver.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"));
    }

    /**
     * Step 4: the contact, in a browser of their own without login, opens the link from the e-mail, reads the draft
     * under the review banner, writes a general remark and one under "strengths", sends them, and downloads the draft
     * PDF through the page's link.
     */
    private void theContactReviewsTheDraft(Browser reviewer, String reviewLink, String contact) {
        WebDriver driver = reviewer.driver();
        WebDriverWait wait = reviewer.waitUpTo(WAIT);
        driver.get(cms.url(reviewLink).toString());
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("swk-review-title")));
        assertEquals("Concept ter review: niet openbaar", banner.getText().trim());
        assertTrue(driver.findElement(By.cssSelector("section.swk-review")).getText().contains("Beste " + contact),
                "the banner greets the contact");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Sterk: korte lijnen tussen mbo"),
                "the draft itself");

        driver.findElement(By.id("feedback-general")).sendKeys("Een herkenbaar beeld van onze regio.");
        driver.findElement(By.id("feedback-strengths")).sendKeys("De korte lijnen kloppen, vooral in de zorg.");
        reviewer.click(By.cssSelector("#swk-review-form button.swk-review__send"));
        WebElement sent = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swk-review__sent")));
        assertTrue(sent.getText().startsWith("Dank u wel. Uw reactie is opgeslagen"), sent.getText());
        // (the region map on the page keeps its view in the fragment)
        assertEquals("sent=1", URI.create(driver.getCurrentUrl()).getQuery(), driver.getCurrentUrl());

        WebElement download = driver.findElement(By.cssSelector("[data-swk-portrait-download]"));
        URI href = URI.create(download.getAttribute("href"));
        String token = PortraitFixtures.token(reviewLink);
        assertEquals(PortraitFixtures.REVIEW.replace("review", "review.pdf") + "/" + token, href.getPath(),
                "the draft's PDF through the contact's own link");
        HttpResponse<byte[]> pdf = anonymous.getBytes(href.getRawPath());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                pdf.headers().toString());
        assertArrayEquals(pdfBytes, pdf.body(), "the uploaded PDF");
    }

    /**
     * Step 5: the editor reloads the portrait's console page, sees both remarks with the contact's name, marks one
     * handled and publishes; the links are ended.
     */
    private void theEditorHandlesTheFeedbackAndPublishes(Browser editor, String contact) {
        WebDriver driver = editor.driver();
        var wait = editor.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class);
        driver.navigate().refresh();
        wait.until(d -> "2".equals(seen(editor, d.findElement(By.cssSelector("[data-open-feedback]")))));
        List<WebElement> remarks = driver.findElements(By.cssSelector("li.swk-portraits__remark"));
        assertEquals(2, remarks.size());
        for (WebElement remark : remarks) {
            String meta = seen(editor, remark.findElement(By.cssSelector(".swk-portraits__remark-meta")));
            assertTrue(meta.contains(contact), meta);
        }
        String strengths = "li.swk-portraits__remark[data-section='strengths']";
        assertEquals("De korte lijnen kloppen, vooral in de zorg.",
                seen(editor, driver.findElement(By.cssSelector(strengths + " .swk-portraits__remark-text"))));
        assertEquals("Een herkenbaar beeld van onze regio.", seen(editor, driver.findElement(By.cssSelector(
                "li.swk-portraits__remark[data-section='general'] .swk-portraits__remark-text"))));

        editor.click(By.cssSelector(strengths + " button[name=action][value=handled]"));
        wait.until(d -> "Gemarkeerd als verwerkt.".equals(seen(editor, d.findElement(By.id("swk-notice")))));
        assertEquals("1", seen(editor, driver.findElement(By.cssSelector("[data-open-feedback]"))));
        assertTrue(driver.findElement(By.cssSelector(strengths)).getAttribute("class")
                .contains("swk-portraits__remark--handled"));

        editor.click(By.cssSelector("button[name=action][value=publish]"));
        wait.until(d -> seen(editor, d.findElement(By.id("swk-notice"))).startsWith("Het portret is gepubliceerd."));
        WebElement notice = driver.findElement(By.id("swk-notice"));
        assertTrue(notice.getAttribute("class").contains("is-success"), seen(editor, notice));
        assertEquals("published", driver.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"));
        assertEquals("Gepubliceerd", seen(editor, driver.findElement(By.cssSelector("[data-state]"))));
        assertEquals("ended", driver.findElement(By.cssSelector("tr[data-invitation] td[data-status]"))
                .getAttribute("data-status"));
        assertTrue(admin.getJson(pagePath + "/jcr:content.json").path("sling:published").asBoolean(false),
                "published on the server");
    }

    /**
     * Step 6: a visitor opens the portrait list, filters by the portrait's region with the form, opens the portrait
     * and follows its download link.
     */
    private void aVisitorFindsThePortraitAndDownloadsThePdf(Browser visitor) {
        WebDriver driver = visitor.driver();
        WebDriverWait wait = visitor.waitUpTo(WAIT);
        driver.get(cms.url(TestPaths.PORTRAIT_LIST).toString());
        Select region = new Select(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".swk-portraits__filters select[name=region]"))));
        region.selectByValue(OTHER_REGION);
        visitor.click(By.cssSelector(".swk-portraits__button"));
        wait.until(ExpectedConditions.urlContains("region=" + OTHER_REGION));
        List<String> titles = driver.findElements(By.cssSelector(".swk-portraits__item-title a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(title), titles, "the new portrait, and only it, is about " + OTHER_REGION);
        assertEquals("1 regioportret",
                driver.findElement(By.cssSelector(".swk-portraits__count[role=status]")).getText());

        visitor.click(By.linkText(title));
        wait.until(ExpectedConditions.urlContains("/regioportretten/" + pageName + ".html"));
        WebElement download = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-portrait-download]")));
        URI href = URI.create(download.getAttribute("href"));
        // Sling CMS rewrites the site's links (/content/samenwerkingskaart -> /samenwerkingskaart)
        assertTrue(href.getPath().endsWith("/regioportretten/" + pageName + ".pdf"), href.toString());
        HttpResponse<byte[]> pdf = anonymous.getBytes(href.getRawPath());
        assertEquals(200, pdf.statusCode(), "the download link works");
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                pdf.headers().toString());
        assertArrayEquals(pdfBytes, pdf.body(), "the uploaded bytes");
    }

    /** Keeps the browser for the screenshots and closing after the test. */
    private Browser start(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    /**
     * Waits for Sling CMS's confirmation after a dialog's POST (title "success", else the HTTP status), and closes it
     * with its OK button; the console then reloads its list.
     */
    private void confirmSuccess(Browser browser, String what) {
        WebDriverWait wait = browser.waitUpTo(WAIT);
        WebElement ok = wait.until(ExpectedConditions.elementToBeClickable(CONFIRM_OK));
        WebElement modal = ok.findElement(By.xpath("./ancestor::div[contains(@class,'modal')][1]"));
        String status = modal.findElement(By.cssSelector(".modal-title")).getText().trim();
        if (!"success".equalsIgnoreCase(status)) {
            browser.screenshot(getClass().getSimpleName() + "-" + what.replaceAll("\\W+", "-"));
            throw new AssertionError("The CMS did not confirm " + what + ": " + status + " "
                    + modal.findElement(By.cssSelector(".modal-message")).getText());
        }
        ok.click();
        wait.until(d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    }

    /**
     * The element's text as a person sees it once scrolled to it: Sling CMS scrolls its main area itself, and
     * WebDriver reads no text of an element outside that area's visible part.
     */
    private static String seen(Browser browser, WebElement element) {
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element.getText().trim();
    }

    private static void type(WebDriver driver, String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types a date into an {@code <input type=date>} as a person does, in the order the browser's locale shows
     * (day-month-year for nl-NL); falls back to month-day-year should this Chromium show the US order.
     */
    private static void typeDate(WebElement field, String year, String month, String day) {
        String iso = year + "-" + month + "-" + day;
        field.click();
        field.sendKeys(day + month + year);
        if (!iso.equals(field.getAttribute("value"))) {
            field.clear();
            field.click();
            field.sendKeys(month + day + year);
        }
        assertEquals(iso, field.getAttribute("value"), "the publication date as typed");
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), "an array: " + array);
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
