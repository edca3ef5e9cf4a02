package nl.samenwerkingskaart.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map component as a visitor uses it: filters, search, list, detail. One instance per map on the page. */
final class MapPage {

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d.]*)");

    private final Browser browser;
    private final WebDriver driver;

    MapPage(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    MapPage open(URI url) {
        driver.get(url.toString());
        return awaitReady();
    }

    MapPage awaitReady() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-swk-map][data-swk-ready]")));
        String ready = root().getAttribute("data-swk-ready");
        if (!"true".equals(ready)) {
            throw new AssertionError("the map did not become ready: data-swk-ready=" + ready);
        }
        return this;
    }

    WebElement root() {
        return driver.findElement(By.cssSelector("[data-swk-map]"));
    }

    JsonNode config() {
        try {
            return Http.JSON.readTree(root().getAttribute("data-swk-config"));
        } catch (java.io.IOException e) {
            throw new AssertionError("the map's configuration is not JSON", e);
        }
    }

    void checkLevel(String level) {
        WebElement box = root().findElement(By.cssSelector(".swk-map__group--level input[value='" + level + "']"));
        box.click();
    }

    boolean levelChecked(String level) {
        return root().findElement(By.cssSelector(".swk-map__group--level input[value='" + level + "']")).isSelected();
    }

    void selectRegion(String code) {
        new Select(root().findElement(By.cssSelector("select.swk-map__select"))).selectByValue(code);
    }

    String selectedRegion() {
        return new Select(root().findElement(By.cssSelector("select.swk-map__select"))).getFirstSelectedOption()
                .getAttribute("value");
    }

    void search(String text) {
        WebElement input = searchInput();
        input.clear();
        input.sendKeys(text);
    }

    WebElement searchInput() {
        return root().findElement(By.cssSelector("input[type=search]"));
    }

    /** The number in the result count ("12 initiatieven"); waits until it equals the expected number. */
    int awaitCount(int expected) {
        waiting().until(d -> count() == expected);
        return count();
    }

    int count() {
        String text = root().findElement(By.cssSelector("[data-swk-count]")).getText().replace(".", "");
        Matcher m = NUMBER.matcher(text);
        if (text.toLowerCase(Locale.ROOT).startsWith("geen") || !m.find()) {
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }

    List<WebElement> listButtons() {
        return root().findElements(By.cssSelector(".swk-map__item-button"));
    }

    WebElement detail() {
        return root().findElement(By.cssSelector("[data-swk-detail]"));
    }

    void awaitDetail(String id) {
        waiting().until(d -> id.equals(detail().getAttribute("data-swk-detail-loaded")) && detail().isDisplayed());
    }

    String detailTitle() {
        return detail().findElement(By.cssSelector(".swk-map__detail-title")).getText();
    }

    WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebDriverWait waiting() {
        return browser.waitUpTo(Duration.ofSeconds(30));
    }

    /** The client's search folding: lower case without diacritics. */
    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
