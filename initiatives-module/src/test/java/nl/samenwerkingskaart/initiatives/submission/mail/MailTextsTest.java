package nl.samenwerkingskaart.initiatives.submission.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static java.util.Set<String> keys(String suffix) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = MailTextsTest.class.getResourceAsStream("SubmissionMailTexts" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    @Test
    void everyMailHasASubjectAndABodyInBothLanguagesAndEveryKindALabel() {
        MailTexts texts = MailTexts.defaults();
        for (Locale language : MailTexts.LANGUAGES) {
            for (SubmissionMailType type : SubmissionMailType.values()) {
                assertFalse(texts.text(type.code() + ".subject", language).isBlank());
                assertTrue(texts.text(type.code() + ".body", language).contains("{reference}"), type + " " + language);
            }
            for (var kind : nl.samenwerkingskaart.initiatives.submission.SubmissionKind.values()) {
                assertFalse(texts.text("kind." + kind.code(), language).isBlank());
            }
        }
    }

    @Test
    void theEnglishBundleHasExactlyTheDutchKeys() throws Exception {
        assertEquals(keys(""), keys("_en"));
    }

    @Test
    void anOperatorsTextReplacesTheDefaultForItsLanguageOnly() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("receipt.subject.nl", "Dank voor melding {reference}");
        overrides.put("rejected.body.en", "Sorry.\\nReason: {reason}");
        overrides.put("approved.subject.nl", "   ");
        overrides.put("merged.subject.en", null);
        MailTexts texts = MailTexts.withOverrides(overrides);

        assertEquals("Dank voor melding {reference}", texts.text("receipt.subject", DUTCH));
        assertTrue(texts.text("receipt.subject", Locale.ENGLISH).startsWith("Received"));
        assertEquals("Sorry.\nReason: {reason}", texts.text("rejected.body", Locale.ENGLISH), "\\n is a line break");
        assertEquals(MailTexts.defaults().text("approved.subject", DUTCH), texts.text("approved.subject", DUTCH),
                "a blank override keeps the default");
        assertEquals(MailTexts.defaults().text("merged.subject", Locale.ENGLISH),
                texts.text("merged.subject", Locale.ENGLISH));
    }

    @Test
    void englishOnlyWhenAskedForAndDutchOtherwise() {
        assertEquals(Locale.ENGLISH, MailTexts.language(Locale.US));
        assertEquals(DUTCH, MailTexts.language(Locale.forLanguageTag("nl-BE")));
        assertEquals(DUTCH, MailTexts.language(Locale.GERMAN));
        assertEquals(DUTCH, MailTexts.language(null));
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> MailTexts.defaults().text("nothing.here", DUTCH));
    }
}
