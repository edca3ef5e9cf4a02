package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionPagesTest {

    @Test
    void acceptsALocalPageWithOrWithoutExtensionAndAnchor() {
        assertEquals(new SubmissionPages.ReturnPage("/content/site/kaart", "melden"),
                SubmissionPages.returnPage("/content/site/kaart.html#melden"));
        assertEquals(new SubmissionPages.ReturnPage("/content/site/kaart", null),
                SubmissionPages.returnPage("/content/site/kaart"));
        assertEquals("/content/site/kaart.html", SubmissionPages.returnPage("/content/site/kaart").html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/content/x.html", "http://evil.example/content/x.html",
        "https:/content/x.html", "/bin/samenwerkingskaart/public/submissions", "/content/../bin/x", "/content/./x",
        "/content/site/kaart.html?a=b", "/content/site/kaart.json", "/content/site/kaart.infinity.html",
        "/content//evil.example", "/content/", "/content", "/apps/x.html", "javascript:alert(1)",
        "/content/site/%2e%2e/x", "/content/site\\x", "/content/site/kaart.html#", "/content/site/kaart.html#1a",
        "/content/site/kaart.html#a#b", "\t/content/site/kaart.html", "/content/site/kaart.html\n", ""})
    void refusesEverythingElse(String raw) {
        assertNull(SubmissionPages.returnPage(raw), raw);
    }

    @Test
    void refusesNullAndOverlongPaths() {
        assertNull(SubmissionPages.returnPage(null));
        assertNull(SubmissionPages.returnPage("/content/" + "a".repeat(600)));
    }

    @Test
    void aBrowserPrefersHtmlAndAScriptCanAskForJson() {
        assertFalse(SubmissionPages.prefersJson(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertFalse(SubmissionPages.prefersJson(null));
        assertFalse(SubmissionPages.prefersJson("*/*"));
        assertTrue(SubmissionPages.prefersJson("application/json"));
        assertTrue(SubmissionPages.prefersJson("application/json, text/plain, */*"));
        assertTrue(SubmissionPages.prefersJson("text/html;q=0.5, application/json"));
        assertFalse(SubmissionPages.prefersJson("application/json;q=0.5, text/html"));
        assertFalse(SubmissionPages.prefersJson("application/json;q=oops, text/html"));
    }
}
