package nl.samenwerkingskaart.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver: never a downloaded browser. Every browser gets a
 * fresh profile, and the flags keep it off the network, which this machine does not have.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        return start(true, false);
    }

    /**
     * A browser whose requests ask for Dutch ({@code Accept-Language: nl-NL,nl}), as a Dutch editor's browser does:
     * for pages that follow the request's language (the portrait console). Headless Chromium sends
     * {@code en-US,en} whatever {@code --lang} says; {@code --accept-lang} sets the header.
     */
    static Browser startInDutch() {
        return start(true, true);
    }

    /** A browser with JavaScript turned off, as some visitors have it: what must work then works on the server. */
    static Browser startWithoutJavaScript() {
        return start(false, false);
    }

    private static Browser start(boolean javaScript, boolean dutch) {
        try {
            Path profile = Files.createTempDirectory("swk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl-NL",
                    "--user-data-dir=" + profile);
            if (dutch) {
                options.addArguments("--accept-lang=nl-NL,nl");
            }
            if (!javaScript) {
                options.addArguments("--blink-settings=scriptEnabled=false");
                options.setExperimentalOption("prefs",
                        java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            // A headless page need not have the window's focus, and without it Chromium does not match :focus: keep
            // the page focused, as a visitor's window is, so that focus indicators can be checked.
            driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    JavascriptExecutor js() {
        return driver;
    }

    WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /** Console messages at SEVERE level (script errors) since the last call. */
    /** Clicks as a person does: scrolled into view first, and only once it can take the click. */
    void click(By by) {
        var wait = waitUpTo(java.time.Duration.ofSeconds(20));
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a screenshot next to the test reports, for a person to look at when a test fails. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A missing screenshot must not hide the real failure.
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                CmsServer.deleteTree(profile);
            } catch (IOException e) {
                // The profile is in the temp folder; leaving it behind is harmless.
            }
        }
    }

}
