package nl.samenwerkingskaart.portraits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenwerkingskaart.portraits.domain.review.InvitationStatus;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;
import org.junit.jupiter.api.Test;

class PortraitMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "[\"'](((?:portrait|review|invite|remind|revoke|extend|handled|reopened|publish|console|mail)\\.)"
                    + "[A-Za-z][A-Za-z.-]*)[\"']");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortraitMessages.class.getResourceAsStream("/nl/samenwerkingskaart/portraits/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = new TreeSet<>(load("PortraitMessages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("PortraitMessages_en.properties").stringPropertyNames());
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertEquals(Set.of(), onlyDutch, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in Dutch");
        assertEquals(dutch, new TreeSet<>(PortraitMessages.keys()));
    }

    @Test
    void everyTextIsAValidMessageFormatThatKeepsItsQuotes() throws IOException {
        for (String file : List.of("PortraitMessages.properties", "PortraitMessages_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), file + " " + key);
                new MessageFormat(text); // throws on a broken pattern
                if (PLACEHOLDER.matcher(text).find() || key.startsWith("review.feedback.")) {
                    // formatted: a single quote must be written as two, or it disappears with what follows
                    assertFalse(LONE_QUOTE.matcher(text).find(), file + " " + key + ": single quote in a pattern");
                } else {
                    // shown as it is: two quotes would show as two
                    assertFalse(text.contains("''"), file + " " + key + ": doubled quote in a plain text");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAndScriptsNameExists() throws IOException {
        Set<String> known = new HashSet<>(PortraitMessages.keys());
        Set<String> referenced = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/jcr_root"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        if (!key.endsWith(".")) {
                            referenced.add(key);
                        }
                    }
                }
            }
        }
        assertTrue(referenced.size() > 60, "the scan finds the keys: " + referenced);
        // keys made from parts
        for (PortraitState state : PortraitState.values()) {
            referenced.add("console.state." + state.code());
        }
        for (InvitationStatus status : InvitationStatus.values()) {
            referenced.add("console.link." + status.code());
        }
        for (Section section : Section.values()) {
            referenced.add("review.section." + section.code());
        }
        for (ReviewVerdict verdict : ReviewVerdict.values()) {
            if (verdict != ReviewVerdict.OPEN) {
                referenced.add(verdict.messageKey());
            }
        }
        for (String field : List.of("title", "summary")) {
            referenced.add("portrait." + field + ".required");
        }
        for (String mail : List.of("mail.invitation", "mail.reminder")) {
            referenced.remove(mail); // a prefix in ReviewMails
            referenced.add(mail + ".subject");
            referenced.add(mail + ".body");
        }
        for (String field : List.of("name", "email", "days", "language")) {
            referenced.add("console.invite." + field);
        }
        referenced.removeIf(known::contains);
        assertEquals(Set.of(), referenced, "named but missing from PortraitMessages");
    }

    @Test
    void englishForEnglishAndDutchForTheRest() {
        assertEquals(Locale.ENGLISH, PortraitMessages.supported(Locale.UK));
        assertEquals(Locale.ENGLISH, PortraitMessages.supported(Locale.ENGLISH));
        assertEquals(Locale.ROOT, PortraitMessages.supported(Locale.GERMAN));
        assertEquals(Locale.ROOT, PortraitMessages.supported(Locale.forLanguageTag("nl-NL")));
        assertEquals(Locale.ROOT, PortraitMessages.supported(null));
        assertEquals("en", PortraitMessages.languageTag(Locale.US));
        assertEquals("nl", PortraitMessages.languageTag(Locale.FRENCH));
        assertEquals("nl", PortraitMessages.languageTag(null));
    }

    @Test
    void textsAreFormattedInTheirLanguageAndMissingKeysShowAsThemselves() {
        assertEquals("Onbekende regio: AM99.", PortraitMessages.text(Locale.forLanguageTag("nl"),
                "portrait.regions.unknown", "AM99"));
        String english = PortraitMessages.text(Locale.UK, "portrait.regions.unknown", "AM99");
        assertTrue(english.contains("AM99"), english);
        assertNotEquals("Onbekende regio: AM99.", english);
        assertEquals("Onbekende regio: AM99.", PortraitMessages.text(Locale.GERMAN, "portrait.regions.unknown", "AM99"),
                "no German: Dutch, not the JVM's default language");
        assertEquals("no.such.key", PortraitMessages.text(Locale.ROOT, "no.such.key"));
        assertEquals("Deze tekst is te lang (maximaal 2000 tekens).",
                PortraitMessages.text(Locale.ROOT, FieldProblem.of("summary", "portrait.tooLong", "2000")));
    }

    @Test
    void allGivesTheTextsUnderAPrefixUnformatted() {
        Map<String, String> review = PortraitMessages.all(Locale.ROOT, "review.");
        assertTrue(review.keySet().stream().allMatch(key -> key.startsWith("review.")));
        assertTrue(review.get("review.banner.greeting").contains("{0}"));
        assertEquals(PortraitMessages.all(Locale.ROOT, "review.").keySet(),
                PortraitMessages.all(Locale.ENGLISH, "review.").keySet());
        assertNotEquals(review.get("review.send"), PortraitMessages.all(Locale.ENGLISH, "review.").get("review.send"));
    }
}
