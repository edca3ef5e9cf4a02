package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionValidatorTest {

    private static final String TARGET = "techniekpact-twente-k3f9q";
    private static RegionLookup regions;
    private final List<String> lookedUp = new ArrayList<>();

    @BeforeAll
    static void loadRegions() {
        regions = RegionCatalog.loadDefault();
    }

    static Initiative published() {
        return Initiative.builder()
                .id(TARGET)
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede")))
                .locations(List.of(new Location("Campus", "Enschede", 52.2215, 6.8937, "Gieterij 200")))
                .regionCode("AM05")
                .provinceCode("PV23")
                .startYear(2021)
                .status(Status.RUNNING)
                .published(true)
                .build();
    }

    private SubmissionValidator validator(Initiative... published) {
        Function<String, Optional<Initiative>> byId = id -> {
            lookedUp.add(id);
            return List.of(published).stream().filter(i -> i.id().equals(id)).findFirst();
        };
        return new SubmissionValidator(byId, regions);
    }

    /** A complete, valid correction; each test changes one thing. */
    private static SubmissionInput.Builder correction() {
        return SubmissionInput.builder()
                .kind("correction")
                .target(TARGET)
                .proposed(InitiativeInput.builder().website("https://www.techniekpact.nl").build())
                .message("De website is verhuisd.")
                .submitterName("Anja de Boer")
                .email("anja@roc-twente.nl")
                .organisation("ROC van Twente")
                .role("docent")
                .consent("on");
    }

    private static InitiativeInput.Builder newInitiative() {
        return InitiativeInput.builder()
                .name("Zorgcampus Zwolle")
                .goal("Leren en werken in de zorg.")
                .party("Deltion College", "mbo", "Zwolle")
                .location("Campus", "Zwolle", "52,5168", "6,0830", null);
    }

    private SubmissionOutcome validate(SubmissionInput.Builder input) {
        return validator(published()).validate(input.build());
    }

    private SubmissionContent valid(SubmissionInput.Builder input) {
        SubmissionOutcome outcome = validate(input);
        return assertInstanceOf(SubmissionOutcome.Valid.class, outcome, outcome::toString).content();
    }

    private List<FieldError> errors(SubmissionInput.Builder input) {
        SubmissionOutcome outcome = validate(input);
        return assertInstanceOf(SubmissionOutcome.Invalid.class, outcome, outcome::toString).errors();
    }

    private void assertOnlyError(SubmissionInput.Builder input, String field, String code, Object... args) {
        assertEquals(List.of(FieldError.of(field, code, args)), errors(input));
    }

    @Test
    void acceptsAValidCorrection() {
        SubmissionContent content = valid(correction().submitterName("  Anja de Boer\u00A0").role(""));
        assertEquals(SubmissionKind.CORRECTION, content.kind());
        assertEquals(TARGET, content.target());
        assertEquals("https://www.techniekpact.nl", content.proposed().website());
        assertEquals("De website is verhuisd.", content.message());
        assertEquals(new Submitter("Anja de Boer", "anja@roc-twente.nl", "ROC van Twente", null),
                content.submitter());
    }

    @Test
    void acceptsAValidNewInitiativeAndIgnoresATarget() {
        SubmissionContent content = valid(correction().kind("newInitiative").target("iets-anders")
                .proposed(newInitiative().build()));
        assertEquals(SubmissionKind.NEW_INITIATIVE, content.kind());
        assertNull(content.target());
        assertEquals("Zorgcampus Zwolle", content.proposed().name());
        assertEquals(List.of(), lookedUp, "a new initiative is not looked up");
    }

    @Test
    void checksANewInitiativeFullyWithTheInitiativeRules() {
        List<FieldError> errors = errors(correction().kind("newInitiative")
                .proposed(newInitiative().goal("").location("Parijs", null, "48.85", "2.35", null).build()));
        assertEquals(List.of(
                FieldError.of("goal", FieldError.REQUIRED),
                FieldError.of("locations[1].longitude", FieldError.OUTSIDE_NETHERLANDS, 3.2, 7.4),
                FieldError.of("locations[1].latitude", FieldError.OUTSIDE_NETHERLANDS, 50.6, 53.7))
                .stream().map(FieldError::field).sorted().toList(),
                errors.stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void aNewInitiativeWithNothingFilledInNeedsTheRequiredFields() {
        List<FieldError> errors = errors(correction().kind("newInitiative").proposed(null));
        assertEquals(List.of("name", "goal", "parties", "locations"),
                errors.stream().map(FieldError::field).toList());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void kindIsRequired(String kind) {
        assertOnlyError(correction().kind(kind), "kind", FieldError.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Correction", "nieuw", "delete"})
    void kindMustBeKnown(String kind) {
        assertOnlyError(correction().kind(kind), "kind", FieldError.UNKNOWN_CODE);
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "NEW_INITIATIVE", mode = EnumSource.Mode.EXCLUDE)
    void targetIsRequiredForEveryKindButNew(SubmissionKind kind) {
        assertOnlyError(correction().kind(kind.code()).target(" "), "target", FieldError.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "Techniekpact Twente", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anInvalidTargetIsNeverLookedUp(String target) {
        assertOnlyError(correction().target(target), "target", SubmissionValidator.UNKNOWN_INITIATIVE);
        assertEquals(List.of(), lookedUp);
    }

    @Test
    void anUnknownTargetIsReported() {
        assertOnlyError(correction().target("bestaat-niet-12345"), "target",
                SubmissionValidator.UNKNOWN_INITIATIVE);
        assertEquals(List.of("bestaat-niet-12345"), lookedUp);
    }

    @Test
    void aCorrectionChecksAGivenFieldByTheInitiativeRule() {
        assertOnlyError(correction().proposed(InitiativeInput.builder().website("www.techniekpact.nl").build()),
                "website", FieldError.NOT_A_URL);
    }

    @Test
    void aCorrectionIsCheckedAgainstThePublishedFields() {
        assertOnlyError(correction().proposed(InitiativeInput.builder().endYear("2019").build()),
                "endYear", FieldError.END_BEFORE_START, 2021);
    }

    @Test
    void aCorrectionOfTheNameObeysTheNameLength() {
        assertOnlyError(correction().proposed(InitiativeInput.builder().name("TP").build()),
                "name", FieldError.TOO_SHORT, 3, 200);
    }

    @Test
    void aCorrectedLocationMustLieInTheNetherlands() {
        assertOnlyError(correction().proposed(InitiativeInput.builder()
                .location("Bremen", null, "53.08", "8.80", null).build()),
                "locations[0].longitude", FieldError.OUTSIDE_NETHERLANDS, 3.2, 7.4);
    }

    @Test
    void aCorrectedPartyListIsCheckedRowByRow() {
        assertOnlyError(correction().proposed(InitiativeInput.builder()
                .parties(new PartyInput("Saxion", "hbo", null), new PartyInput("Jansen", "bv", null)).build()),
                "parties[1].kind", FieldError.UNKNOWN_CODE);
    }

    @Test
    void problemsThePublishedInitiativeAlreadyHadAreNotTheSubmitters() {
        Initiative outdated = published().toBuilder().goal("x".repeat(2_500)).build();
        SubmissionOutcome outcome = validator(outdated).validate(correction().build());
        assertInstanceOf(SubmissionOutcome.Valid.class, outcome, outcome::toString);
        SubmissionOutcome longerStill = validator(outdated).validate(correction()
                .proposed(InitiativeInput.builder().goal("y".repeat(2_600)).build()).build());
        assertEquals(List.of(FieldError.of("goal", FieldError.TOO_LONG, 2_000, 2_600)),
                assertInstanceOf(SubmissionOutcome.Invalid.class, longerStill).errors());
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = {"CORRECTION", "ADDITION"})
    void aCorrectionOrAdditionNeedsAFieldOrAMessage(SubmissionKind kind) {
        assertOnlyError(correction().kind(kind.code()).proposed(InitiativeInput.builder().sectors("", " ").build())
                .message(" "), "proposed", SubmissionValidator.NOTHING_PROPOSED);
        SubmissionContent onlyMessage = valid(correction().kind(kind.code()).proposed(null));
        assertEquals("De website is verhuisd.", onlyMessage.message());
        SubmissionContent onlyField = valid(correction().kind(kind.code()).message(null));
        assertNull(onlyField.message());
    }

    @Test
    void endedNeedsNothingButTheTarget() {
        SubmissionContent content = valid(correction().kind("ended").proposed(null).message(null));
        assertEquals(SubmissionKind.ENDED, content.kind());
        assertEquals("ended", content.proposed().status());
        assertNull(content.proposed().endYear());
    }

    @Test
    void endedTakesOnlyTheEndYearFromTheForm() {
        SubmissionContent content = valid(correction().kind("ended")
                .proposed(InitiativeInput.builder().name("X").website("nonsense").endYear("2024").build()));
        assertEquals(InitiativeInput.builder().status("ended").endYear("2024").build(), content.proposed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "vorig jaar", "1900"})
    void endedChecksTheEndYear(String endYear) {
        List<FieldError> errors = errors(correction().kind("ended")
                .proposed(InitiativeInput.builder().endYear(endYear).build()));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("endYear", errors.get(0).field());
    }

    @Test
    void messageMayHaveFourThousandCharactersAndLineBreaks() {
        String text = "regel\r\n" + "x".repeat(3_994);
        assertEquals(4_000, valid(correction().message(text)).message().length());
        assertEquals("regel\n", valid(correction().message(text)).message().substring(0, 6));
        assertOnlyError(correction().message(text + "y"), "message", FieldError.TOO_LONG, 4_000, 4_001);
    }

    @Test
    void messageRefusesControlCharacters() {
        assertOnlyError(correction().message("hallo\u0000"), "message", FieldError.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \u00A0 "})
    void submitterNameIsRequired(String name) {
        assertOnlyError(correction().submitterName(name), "submitter.name", FieldError.REQUIRED, 2, 200);
    }

    @Test
    void submitterNameHasTwoToTwoHundredCharacters() {
        assertOnlyError(correction().submitterName("A"), "submitter.name", FieldError.TOO_SHORT, 2, 200);
        assertEquals("Al", valid(correction().submitterName("Al")).submitter().name());
        assertEquals(200, valid(correction().submitterName("a".repeat(200))).submitter().name().length());
        assertOnlyError(correction().submitterName("a".repeat(201)), "submitter.name", FieldError.TOO_LONG, 200, 201);
        assertOnlyError(correction().submitterName("Anja\nde Boer"), "submitter.name",
                FieldError.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anja@roc-twente.nl", "a.de.boer+kaart@mail.example.com", "j@x.io", " an@voorbeeld.nl "})
    void acceptsPlausibleEmailAddresses(String email) {
        assertEquals(email.strip(), valid(correction().email(email)).submitter().email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anja", "anja@", "@roc.nl", "anja@roc", "anja@@roc.nl", "anja@roc@twente.nl",
            "anja de boer@roc.nl", "anja@roc.nl.", "anja@.roc.nl", "anja@roc..nl", "anja@roc.nl\u0000"})
    void refusesImplausibleEmailAddresses(String email) {
        assertOnlyError(correction().email(email), "submitter.email", SubmissionValidator.INVALID_EMAIL);
    }

    @Test
    void emailIsRequiredAndAtMost254Characters() {
        assertOnlyError(correction().email(""), "submitter.email", FieldError.REQUIRED);
        String longest = "a".repeat(64) + "@" + "b".repeat(186) + ".nl";
        assertEquals(254, longest.length());
        assertEquals(longest, valid(correction().email(longest)).submitter().email());
        assertOnlyError(correction().email("a" + longest), "submitter.email", FieldError.TOO_LONG, 254, 255);
    }

    @Test
    void organisationAndRoleAreOptionalUpToTwoHundred() {
        Submitter submitter = valid(correction().organisation(" ").role(null)).submitter();
        assertNull(submitter.organisation());
        assertNull(submitter.role());
        assertOnlyError(correction().organisation("o".repeat(201)), "submitter.organisation",
                FieldError.TOO_LONG, 200, 201);
        assertOnlyError(correction().role("r".repeat(201)), "submitter.role", FieldError.TOO_LONG, 200, 201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "true", "TRUE", " yes ", "1"})
    void acceptsATickedConsentBox(String consent) {
        valid(correction().consent(consent));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"off", "false", "0", "nee"})
    void consentIsRequired(String consent) {
        assertOnlyError(correction().consent(consent), "consent", SubmissionValidator.CONSENT_REQUIRED);
    }

    @Test
    void aFilledHoneypotIsSpamWhateverElseIsWrong() {
        assertInstanceOf(SubmissionOutcome.Spam.class, validate(correction().honeypot("http://spam.example")));
        assertInstanceOf(SubmissionOutcome.Spam.class,
                validate(SubmissionInput.builder().honeypot("x")));
        assertEquals(List.of(), lookedUp, "spam costs no repository lookup");
    }

    @Test
    void aBlankHoneypotIsNotSpam() {
        valid(correction().honeypot(" "));
    }

    @Test
    void reportsEveryProblemAtOnceInFormOrder() {
        List<FieldError> errors = errors(SubmissionInput.builder().kind("addition"));
        assertEquals(List.of(
                FieldError.of("target", FieldError.REQUIRED),
                FieldError.of("proposed", SubmissionValidator.NOTHING_PROPOSED),
                FieldError.of("submitter.name", FieldError.REQUIRED, 2, 200),
                FieldError.of("submitter.email", FieldError.REQUIRED),
                FieldError.of("consent", SubmissionValidator.CONSENT_REQUIRED)), errors);
    }

    @Test
    void refusesMoreRowsThanAnyInitiativeHasWithoutCheckingThem() {
        InitiativeInput.Builder many = newInitiative();
        for (int i = 0; i < SubmissionValidator.MAX_ROWS; i++) {
            many.party("Bedrijf " + i, "onbekend", null);
        }
        List<FieldError> errors = errors(correction().kind("newInitiative").proposed(many.build()));
        assertEquals(List.of(FieldError.of("parties", FieldError.TOO_MANY, 50)), errors);
        assertFalse(errors.stream().anyMatch(e -> e.field().startsWith("parties[")));
        assertTrue(validate(correction().kind("newInitiative").proposed(newInitiative().build()))
                instanceof SubmissionOutcome.Valid);
    }

    @Test
    void refusesHugeTagListsWithOneErrorEach() {
        String[] junk = new String[5_000];
        Arrays.fill(junk, "NIET GELDIG");
        List<FieldError> errors = errors(correction().proposed(InitiativeInput.builder()
                .sectors(junk).themes(junk).funding("ok").build()));
        assertEquals(List.of(FieldError.of("sectors", FieldError.TOO_MANY, 50),
                FieldError.of("themes", FieldError.TOO_MANY, 50)), errors);
    }

    // Locations given by town alone (the gazetteer)

    private SubmissionOutcome validateWithGazetteer(SubmissionInput.Builder input) {
        return new SubmissionValidator(id -> Optional.of(published()).filter(i -> i.id().equals(id)), regions,
                nl.samenwerkingskaart.initiatives.domain.geo.ShippedGazetteer.load()).validate(input.build());
    }

    @Test
    void aNewInitiativeLocatedByTownAloneIsStoredWithTheTownsCoordinates() {
        SubmissionOutcome outcome = validateWithGazetteer(correction().kind("newInitiative")
                .proposed(newInitiative().locations(new nl.samenwerkingskaart.initiatives.domain.LocationInput(
                        "Campus", "Zwolle", "", "", null)).build()));
        SubmissionContent content = assertInstanceOf(SubmissionOutcome.Valid.class, outcome, outcome::toString)
                .content();
        assertEquals("52.51250", content.proposed().locations().get(0).latitude());
        assertEquals("6.09444", content.proposed().locations().get(0).longitude());
    }

    @Test
    void aCorrectionWithAnAmbiguousTownIsRefusedOnTheTownField() {
        SubmissionOutcome outcome = validateWithGazetteer(correction().proposed(InitiativeInput.builder()
                .location(null, "Hengelo", null, null, null).build()));
        List<FieldError> errors = assertInstanceOf(SubmissionOutcome.Invalid.class, outcome, outcome::toString)
                .errors();
        assertEquals(List.of(FieldError.of("locations[0].town",
                nl.samenwerkingskaart.initiatives.domain.geo.TownCoordinates.AMBIGUOUS_TOWN, "Hengelo",
                "Hengelo (Gelderland); Hengelo (Overijssel)")), errors);
    }
}
