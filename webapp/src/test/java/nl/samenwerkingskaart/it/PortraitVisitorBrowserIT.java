package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A visitor looking for a regional portrait, in headless Chromium: from the list, and from the map. */
@ExtendWith(CmsServer.class)
class PortraitVisitorBrowserIT {

    private Cms cms;
    private Http anonymous;
    private Browser browser;
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        this.anonymous = Http.anonymous(cms.base());
        this.browser = Browser.start();
        this.testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
    }

    private List<String> listedTitles() {
        return browser.driver().findElements(By.cssSelector(".swk-portraits__item-title a")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void filtersTheListOpensAPortraitSeesItsRegionMapAndDownloadsThePdf() {
        browser.driver().get(cms.url(TestPaths.PORTRAIT_LIST).toString());
        assertEquals(PortraitPagesIT.DEMO_NEWEST_FIRST, listedTitles());

        new Select(browser.driver().findElement(By.cssSelector(".swk-portraits__filters select[name=region]")))
                .selectByVisibleText("Zeeland");
        browser.click(By.cssSelector(".swk-portraits__button"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("region=AM24"));
        assertEquals(List.of("Regioportret Zeeland (demo)"), listedTitles());
        assertEquals("1 regioportret",
                browser.driver().findElement(By.cssSelector(".swk-portraits__count[role=status]")).getText());

        browser.click(By.linkText("Regioportret Zeeland (demo)"));
        MapPage map = new MapPage(browser).awaitReady();
        assertTrue(URI.create(browser.driver().getCurrentUrl()).getPath().endsWith("/regioportretten/zeeland.html"),
                browser.driver().getCurrentUrl());
        assertEquals("AM24", map.config().path("presets").path("region").asText());
        map.awaitCount(2);
        assertTrue(!browser.driver().findElements(By.cssSelector("[data-swk-map] .leaflet-marker-icon")).isEmpty(),
                "the region's initiatives are on the map");
        assertTrue(browser.driver().findElements(By.cssSelector("[data-swk-map] select.swk-map__select")).isEmpty(),
                "no region filter on a region's map");

        WebElement download = browser.driver().findElement(By.cssSelector("[data-swk-portrait-download]"));
        URI href = URI.create(download.getAttribute("href"));
        // the page's links are rewritten by Sling CMS (/content/samenwerkingskaart -> /samenwerkingskaart)
        assertTrue(href.getPath().endsWith("/regioportretten/zeeland.pdf"), href.toString());
        assertTrue(download.getText().contains("(PDF, 2 kB)"), download.getText());
        // white on the dark button: the site's own link colour once made it dark on dark
        assertEquals("rgb(255, 255, 255)", download.getCssValue("color").replace("rgba(255, 255, 255, 1)",
                "rgb(255, 255, 255)"));
        HttpResponse<byte[]> pdf = anonymous.getBytes(href.getPath());
        assertEquals(200, pdf.statusCode(), "the download link works");
        assertTrue(pdf.body().length > 5 && new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "the download is the PDF (" + pdf.body().length + " bytes)");
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void selectingARegionWithAPortraitOnTheMapLinksToIt() {
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        map.selectRegion("AM05");
        WebElement link = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-portrait] a.swk-map__portrait-link")));
        assertEquals("Regioportret: Regioportret Twente (demo)", link.getText());
        assertEquals(TestPaths.PORTRAITS + "/twente.html", URI.create(link.getAttribute("href")).getPath());

        map.selectRegion("AM02");
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-swk-portrait]")));

        map.selectRegion("AM24");
        link = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-portrait] a.swk-map__portrait-link")));
        link.click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/regioportretten/zeeland.html"));
        assertEquals(List.of(), browser.severeConsoleMessages());
    }
}
