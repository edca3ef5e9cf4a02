package nl.samenwerkingskaart.it;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Logs in through Sling CMS 1.1.8's own login form, {@code /system/sling/form/login}, as a person would: it posts
 * {@code j_username} and {@code j_password} to {@code /j_security_check}, which sets the {@code sling.formauth}
 * cookie and sends the browser on to the CMS start page.
 */
final class CmsLogin {

    static final String FORM = "/system/sling/form/login";

    private CmsLogin() {}

    static void logIn(Browser browser, URI base, String user, String password) {
        WebDriver driver = browser.driver();
        driver.get(base.resolve(FORM).toString());
        var wait = browser.waitUpTo(Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        try {
            wait.until(d -> d.manage().getCookieNamed("sling.formauth") != null
                    && !d.getCurrentUrl().contains(FORM) && d.getCurrentUrl().contains("/cms/"));
        } catch (RuntimeException e) {
            browser.screenshot("login-failed");
            String error = driver.findElements(By.cssSelector("p.has-text-danger")).stream()
                    .map(el -> el.getText()).filter(t -> !t.isBlank()).findFirst().orElse("");
            throw new AssertionError("Logging in as " + user + " through " + FORM + " did not reach the CMS; at "
                    + driver.getCurrentUrl() + " " + error, e);
        }
    }
}
