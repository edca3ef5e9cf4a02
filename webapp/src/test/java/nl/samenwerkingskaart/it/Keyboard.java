package nl.samenwerkingskaart.it;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.WebElement;

/**
 * A visitor without a mouse: every key goes to the element that has the focus, nothing is clicked. Each element the
 * focus reaches must show it (an outline or a box shadow), or the step fails.
 */
final class Keyboard {

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** The element that has the focus. */
    WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Presses keys on the focused element; returns the element that has the focus then, checked to show it unless
     * the focus is on no element at all (as after a key that loads another page).
     */
    WebElement press(CharSequence... keys) {
        focused().sendKeys(keys);
        WebElement now = focused();
        if (!onThePageItself(now)) {
            assertFocusVisible(now);
        }
        return now;
    }

    private boolean onThePageItself(WebElement element) {
        return Boolean.TRUE.equals(browser.js().executeScript(
                "return arguments[0] === document.body || arguments[0] === document.documentElement;", element));
    }

    /** Types text into the focused element. */
    void type(String text) {
        focused().sendKeys(text);
    }

    /**
     * Presses Tab until the focus is on an element that {@code target} accepts, at most {@code maxPresses} times;
     * every element passed on the way must show the focus.
     */
    WebElement tabUntil(Predicate<WebElement> target, int maxPresses, String what) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < maxPresses; i++) {
            WebElement now = press(org.openqa.selenium.Keys.TAB);
            if (target.test(now)) {
                return now;
            }
            passed.add(describe(now));
        }
        throw new AssertionError("Tab did not reach " + what + " in " + maxPresses + " presses; passed: " + passed);
    }

    /** Presses Tab until the focus is on the form control with this name. */
    WebElement tabToField(String name, int maxPresses) {
        return tabUntil(e -> name.equals(e.getAttribute("name")), maxPresses, "the field " + name);
    }

    /** Fails unless the focused element draws a focus indicator: an outline (not none, not 0 wide) or a box shadow. */
    void assertFocusVisible(WebElement element) {
        String problem = (String) browser.js().executeScript(
                "const e = arguments[0];"
                + "if (e === document.body || e === document.documentElement) return 'the focus is on the page itself';"
                + "const s = getComputedStyle(e);"
                + "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                + "    && s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent';"
                + "const shadow = s.boxShadow && s.boxShadow !== 'none';"
                + "return outline || shadow ? null : 'no focus indicator: outline ' + s.outlineStyle + ' '"
                + "    + s.outlineWidth + ' ' + s.outlineColor + ', box-shadow ' + s.boxShadow;",
                element);
        if (problem != null) {
            browser.screenshot("focus-not-visible");
            throw new AssertionError(describe(element) + " has the focus but does not show it: " + problem);
        }
    }

    /** The element in a few words, as one script call: tag, id, name, classes and the start of its text. */
    String describe(WebElement e) {
        return String.valueOf(browser.js().executeScript(
                "const e = arguments[0];"
                + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "  + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')"
                + "  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                + "  + ((e.innerText || '').trim() ? ' \"' + e.innerText.trim().split('\\n')[0].slice(0, 60) + '\"' : '');",
                e));
    }
}
