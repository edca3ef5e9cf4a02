package nl.samenwerkingskaart.it;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Sling CMS 1.1.8 page editor and the Sites console, driven through their UI as an editor does it.
 *
 * <p>Layout of the page editor ({@code /cms/page/edit.html<page>}): the top document holds the page edit bar and
 * {@code iframe.page-wrapper-frame}, which renders the page ({@code /cms/page/pagewrapper.html<page>}) with an editor
 * bar per component. An action button there ({@code a.action-button}) opens a modal in that frame,
 * {@code .sling-cms-editor-final .modal}, whose {@code iframe.modal-frame} holds the dialog ({@code form.Form-Ajax}).
 * After a successful save the CMS shows a confirmation in the top document ({@code .modal.is-active}, title
 * "success", button {@code .close-modal}) and then reloads the changed component.
 */
final class PageEditor {

    static final Duration WAIT = Duration.ofSeconds(45);
    /** The OK button of the CMS's confirmation ({@code Sling.CMS.ui.confirmMessage}). */
    private static final String CONFIRM_OK = ".modal.is-active .modal-message ~ button.close-modal";

    private final Browser browser;
    private final URI base;
    private final String pagePath;

    private PageEditor(Browser browser, URI base, String pagePath) {
        this.browser = browser;
        this.base = base;
        this.pagePath = pagePath;
    }

    /** Opens {@code /cms/page/edit.html<pagePath>} and waits for the page inside the editor. */
    static PageEditor open(Browser browser, URI base, String pagePath) {
        PageEditor editor = new PageEditor(browser, base, pagePath);
        browser.driver().get(base.resolve("/cms/page/edit.html" + pagePath).toString());
        editor.enterPage();
        return editor;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait waiter() {
        return browser.waitUpTo(WAIT);
    }

    /** Switches into the frame that renders the page with its component editor bars. */
    void enterPage() {
        driver().switchTo().defaultContent();
        waiter().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.page-wrapper-frame")));
        waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sling-cms-component")));
    }

    /**
     * Clicks "Add Components" of the container at {@code containerPath}, picks the component whose title in the
     * picker is {@code componentTitle}, and adds it. Returns the option labels the picker offered (for messages).
     */
    List<String> addComponent(String containerPath, String componentTitle) {
        enterPage();
        WebElement add = waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "a.action-button[data-sling-cms-action='add'][data-sling-cms-path='" + containerPath + "']")));
        click(add);
        enterDialog();
        WebElement typeSelect = waiter().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.Form-Ajax select[name='sling:resourceType']")));
        Select picker = new Select(typeSelect);
        List<String> offered = picker.getOptions().stream().map(o -> o.getText().trim()).toList();
        if (!offered.contains(componentTitle)) {
            throw new AssertionError("The \"Add component\" picker of " + containerPath + " does not offer \""
                    + componentTitle + "\"; it offers " + offered);
        }
        picker.selectByVisibleText(componentTitle);
        driver().findElement(By.cssSelector("form.Form-Ajax button[type=submit]")).click();
        confirmSuccess("adding " + componentTitle);
        return offered;
    }

    /** The component elements in the page frame with the given resource type. */
    List<WebElement> components(String resourceType) {
        enterPage();
        return driver().findElements(By.cssSelector(
                ".sling-cms-component[data-sling-cms-resource-type='" + resourceType + "']"));
    }

    /** Waits for a component of that type under the container and returns its resource path. */
    String awaitComponent(String containerPath, String resourceType) {
        enterPage();
        WebElement component = waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".sling-cms-component[data-sling-cms-resource-type='" + resourceType + "']"
                        + "[data-sling-cms-resource-path^='" + containerPath + "/']")));
        return component.getAttribute("data-sling-cms-resource-path");
    }

    /** Opens the edit dialog of the component at {@code componentPath} through its editor bar, and enters it. */
    void openEditDialog(String componentPath) {
        enterPage();
        WebElement edit = waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".sling-cms-component[data-sling-cms-resource-path='" + componentPath + "'] "
                        + "a.action-button[href^='/cms/editor/edit.html" + componentPath + "?']")));
        click(edit);
        enterDialog();
        waiter().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.Form-Ajax")));
    }

    /** Switches into the dialog frame of the modal that the page frame shows. */
    void enterDialog() {
        enterPage();
        waiter().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(
                By.cssSelector(".sling-cms-editor-final .modal.is-active iframe.modal-frame")));
        waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.Form-Ajax")));
    }

    /** In the dialog: types into a text field, replacing what was there. */
    void type(String name, String value) {
        WebElement field = waiter().until(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
        field.clear();
        field.sendKeys(value);
    }

    /** In the dialog: selects an option of a select by its value; returns the option's label. */
    String select(String name, String value) {
        Select select = new Select(waiter().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("select[name='" + name + "']"))));
        select.selectByValue(value);
        return select.getFirstSelectedOption().getText().trim();
    }

    /** In the dialog: submits it and waits for the CMS's confirmation. */
    void save(String what) {
        driver().findElement(By.cssSelector("form.Form-Ajax button[type=submit]")).click();
        confirmSuccess(what);
    }

    /**
     * Waits for the confirmation the CMS shows in the top document after a dialog's POST, fails unless its title
     * is "success" (on an error the title is the HTTP status), closes it and waits for the editor to settle.
     */
    private void confirmSuccess(String what) {
        driver().switchTo().defaultContent();
        WebElement ok = waiter().until(ExpectedConditions.elementToBeClickable(By.cssSelector(CONFIRM_OK)));
        WebElement modal = ok.findElement(By.xpath("./ancestor::div[contains(@class,'modal')][1]"));
        String title = modal.findElement(By.cssSelector(".modal-title")).getText().trim();
        String message = modal.findElement(By.cssSelector(".modal-message")).getText().trim();
        if (!"success".equalsIgnoreCase(title)) {
            browser.screenshot("page-editor-" + what.replaceAll("\\W+", "-"));
            throw new AssertionError("The CMS did not confirm " + what + ": " + title + " " + message);
        }
        ok.click();
        // then a loader while the component reloads (or the whole editor reloads); wait until no modal is left
        waiter().until(d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    }

    /**
     * Publishes the page through the Sites console ({@code /cms/site/content.html<parent>}): the page's card has a
     * "Publish" link ({@code /cms/shared/publish.html<page>}, Sling CMS's publish dialog) that opens a modal with a
     * form posting {@code :operation=publish}; its button "Publish" submits it.
     */
    void publishFromSites(String parentPath) {
        driver().switchTo().defaultContent();
        driver().get(base.resolve("/cms/site/content.html" + parentPath).toString());
        WebElement card = waiter().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".card[data-value='" + pagePath + "']")));
        WebElement publish = card.findElement(By.cssSelector(
                "a.Fetch-Modal[href='/cms/shared/publish.html" + pagePath + "']"));
        click(publish);
        String form = ".modal.is-active form.Form-Ajax[action='" + pagePath + "']";
        waiter().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(form + " input[name=':operation'][value='publish']")));
        WebElement submit = waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(form + " button[type=submit]")));
        submit.click();
        WebElement ok = waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(CONFIRM_OK)));
        WebElement modal = ok.findElement(By.xpath("./ancestor::div[contains(@class,'modal')][1]"));
        String title = modal.findElement(By.cssSelector(".modal-title")).getText().trim();
        if (!"success".equalsIgnoreCase(title)) {
            browser.screenshot("publish-failed");
            throw new AssertionError("The CMS did not confirm publishing " + pagePath + ": " + title + " "
                    + modal.getText());
        }
        ok.click();
        // the console reloads its list: the page's card now offers "Unpublish" instead of "Publish"
        waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card[data-value='" + pagePath
                + "'] a.Fetch-Modal[href='/cms/shared/unpublish.html" + pagePath + "']")));
    }

    /** Hovers (the editor shows a component's bar on hover) and clicks, as a person would. */
    private void click(WebElement element) {
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver()).moveToElement(element).perform();
        waiter().until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
