package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void namesTheFieldAndSaysWhatToDo() {
        FieldError name = FieldError.of("name", FieldError.REQUIRED, 3, 200);
        assertEquals("Naam: vul een naam in van 3 tot 200 tekens.", ValidationMessages.text(name, DUTCH));
        assertEquals("Name: enter a name of 3 to 200 characters.", ValidationMessages.text(name, Locale.ENGLISH));
    }

    @Test
    void countsRowsFromOne() {
        FieldError party = FieldError.of("parties[1].name", FieldError.REQUIRED, 1, 200);
        assertEquals("Partij 2, naam: vul de naam van de organisatie in.", ValidationMessages.text(party, DUTCH));
        assertEquals("Party 2, name: enter the name of the organisation.",
                ValidationMessages.text(party, Locale.UK));
        assertEquals("Sector 3: gebruik alleen kleine letters, cijfers en streepjes, hoogstens 60 tekens.",
                ValidationMessages.text(FieldError.of("sectors[2]", FieldError.INVALID_TAG), DUTCH));
    }

    @Test
    void writesNumbersAsReadersExpectThemButYearsWithoutGrouping() {
        FieldError goal = FieldError.of("goal", FieldError.TOO_LONG, 2000, 2345);
        assertEquals("Doel: gebruik hoogstens 2.000 tekens. Nu zijn het er 2.345.", ValidationMessages.text(goal, DUTCH));
        assertEquals("Goal: use at most 2,000 characters. It is 2,345 now.",
                ValidationMessages.text(goal, Locale.ENGLISH));
        FieldError latitude = FieldError.of("locations[0].latitude", FieldError.OUTSIDE_NETHERLANDS, 50.6, 53.7);
        assertEquals("Locatie 1, breedtegraad: vul een getal in tussen 50,6 en 53,7. Alleen dan ligt de plek in "
                + "Nederland.", ValidationMessages.text(latitude, DUTCH));
        assertTrue(ValidationMessages.text(latitude, Locale.ENGLISH).contains("between 50.6 and 53.7"));
        assertEquals("Beginjaar: vul een jaartal in tussen 1950 en 2100.",
                ValidationMessages.text(FieldError.of("startYear", FieldError.INVALID_YEAR, 1950, 2100), DUTCH));
    }

    @Test
    void keepsApostrophesThatMessageFormatWouldEatAndReadsUtf8() {
        assertEquals("Thema's: kies hoogstens 20 thema's.",
                ValidationMessages.text(FieldError.of("themes", FieldError.TOO_MANY, 20), DUTCH));
        assertEquals("Status: kies loopt, beëindigd of gepland.",
                ValidationMessages.text(FieldError.of("status", FieldError.UNKNOWN_CODE), DUTCH));
    }

    @Test
    void speaksDutchToEveryoneElse() {
        FieldError name = FieldError.of("name", FieldError.REQUIRED, 3, 200);
        String dutch = ValidationMessages.text(name, DUTCH);
        assertEquals(dutch, ValidationMessages.text(name, Locale.GERMAN));
        assertEquals(dutch, ValidationMessages.text(name, null));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(dutch, ValidationMessages.text(name, Locale.FRENCH), "not the JVM's default language");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fallsBackToAGeneralSentenceForAnUnknownFieldOrCode() {
        assertEquals("x: controleer wat u hier hebt ingevuld.",
                ValidationMessages.text(FieldError.of("x", "somethingNew"), DUTCH));
    }

    /** Every error the validator can produce has its own field name and message in both languages. */
    @Test
    void hasATextForEveryErrorTheValidatorProduces() {
        List<FieldError> errors = new ArrayList<>();
        RegionLookup regions = RegionCatalog.loadDefault();
        String[] tooMany = IntStream.range(0, 21).mapToObj(i -> "t" + i).toArray(String[]::new);
        List<InitiativeInput> inputs = List.of(
                InitiativeInput.builder().build(),
                InitiativeInput.builder().name("ab").goal("x".repeat(2001)).description("\u0000")
                        .website("www").contact("\u0000").status("x").startYear("x").endYear("1")
                        .regionCode("x").levels("x").sectors("X").themes("X").funding("X")
                        .party("", "", "\u0000").party("x", "x", "x".repeat(101))
                        .location("\u0000", "x".repeat(201), "", "", "x".repeat(201))
                        .location(null, null, "x", "x", null)
                        .location(null, null, "1", "1", null)
                        .location(null, null, "6", "52", null).build(),
                InitiativeInput.builder().name("x".repeat(201)).goal("\u0001").startYear("2020").endYear("2019")
                        .sectors(tooMany).themes(tooMany).funding(tooMany)
                        .party("x".repeat(201), "mbo", null).location(null, null, "52.5", "3.5", null).build());
        for (InitiativeInput input : inputs) {
            errors.addAll(InitiativeValidator.validate(input, null, regions).errors());
        }
        assertEquals(allCodes(), errors.stream().map(FieldError::code).collect(Collectors.toSet()),
                "every code is produced at least once");
        for (FieldError error : errors) {
            for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
                String text = ValidationMessages.text(error, locale);
                String label = text.substring(0, text.indexOf(": "));
                assertFalse(label.equals(error.field()) || label.contains("[") || label.contains("{"),
                        "field in words: " + text);
                assertFalse(text.contains("controleer wat u") || text.contains("check what you"), text);
                assertTrue(text.endsWith(".") && !text.contains("{"), text);
            }
            assertNotEquals(ValidationMessages.text(error, DUTCH), ValidationMessages.text(error, Locale.ENGLISH));
        }
    }

    private static Set<String> allCodes() {
        Set<String> codes = new HashSet<>();
        for (Field field : FieldError.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return codes;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys("ValidationMessages.properties"), keys("ValidationMessages_en.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
