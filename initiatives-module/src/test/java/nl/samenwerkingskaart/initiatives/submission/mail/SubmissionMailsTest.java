package nl.samenwerkingskaart.initiatives.submission.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionMailsTest {

    private static final String REFERENCE = "SW-2026-K3F9QX";
    private static final String TARGET = "techniekpact-twente-k3f9q";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String MESSAGE = "Groet, Anja (06-12345678)";

    private static final Function<String, Optional<String>> PUBLISHED =
            id -> id.equals(TARGET) ? Optional.of("Techniekpact Twente") : Optional.empty();
    private final SubmissionMails mails = new SubmissionMails(MailTexts.defaults(), PUBLISHED);

    @Test
    void theReceiptTellsTheReferenceKindInitiativeWhatHappensNextAndThePrivacyNoteInDutch() {
        SubmissionMail mail = mails.receipt(REFERENCE, newInitiative("Zorgpact Noord"), DUTCH).orElseThrow();

        assertEquals(SubmissionMailType.RECEIPT, mail.type());
        assertEquals("anja@example.nl", mail.recipient());
        assertEquals("Ontvangen: uw melding SW-2026-K3F9QX voor de Samenwerkingskaart", mail.subject());
        assertEquals(Locale.forLanguageTag("nl"), mail.language());
        String body = mail.body();
        assertTrue(body.startsWith("Beste Anja de Boer,\n\n"), body);
        assertTrue(body.contains("Kenmerk: SW-2026-K3F9QX\n"), body);
        assertTrue(body.contains("Soort melding: nieuw initiatief\n"), body);
        assertTrue(body.contains("Initiatief: Zorgpact Noord\n"), body);
        assertTrue(body.contains("Wat gebeurt er nu?"), body);
        assertTrue(body.contains("Privacy\n"), body);
        assertFalse(body.contains("{"), "every placeholder is filled in: " + body);
        assertFalse(body.contains("\r"), body);
    }

    @Test
    void theReceiptIsInEnglishWhenTheFormWasAndInDutchForAnyOtherLanguage() {
        SubmissionMail english = mails.receipt(REFERENCE, newInitiative("Care Pact"), Locale.UK).orElseThrow();
        assertEquals("Received: your submission SW-2026-K3F9QX to the Samenwerkingskaart", english.subject());
        assertTrue(english.body().contains("Type of submission: new initiative\n"), english.body());
        assertTrue(english.body().contains("What happens next?"), english.body());
        assertEquals(Locale.ENGLISH, english.language());

        for (Locale other : new Locale[] {Locale.GERMAN, Locale.FRENCH, Locale.ROOT, null}) {
            SubmissionMail mail = mails.receipt(REFERENCE, newInitiative("Zorgpact"), other).orElseThrow();
            assertTrue(mail.subject().startsWith("Ontvangen"), String.valueOf(other));
        }
    }

    @Test
    void aChangeToAPublishedInitiativeNamesItAsTheMapDoes() {
        SubmissionContent correction = content(SubmissionKind.CORRECTION, TARGET,
                InitiativeInput.builder().name("Techniekpact Twente (nieuw)").build());
        assertTrue(body(mails.receipt(REFERENCE, correction, DUTCH)).contains("Initiatief: Techniekpact Twente\n"));
        assertTrue(body(mails.receipt(REFERENCE, correction, DUTCH)).contains("Soort melding: correctie\n"));

        SubmissionContent gone = content(SubmissionKind.ENDED, "verdwenen-initiatief-a1b2c",
                InitiativeInput.builder().build());
        assertTrue(body(mails.receipt(REFERENCE, gone, DUTCH)).contains("Initiatief: verdwenen-initiatief-a1b2c\n"),
                "an initiative that is no longer published is named by its id");
    }

    @Test
    void theSubmittersMessageToTheResearchersIsNeverMailed() {
        SubmissionContent content = newInitiative("Zorgpact");
        for (SubmissionMail mail : new SubmissionMail[] {
            mails.receipt(REFERENCE, content, DUTCH).orElseThrow(),
            mails.outcome(REFERENCE, content, ModerationDecision.Approve.asSubmitted(), DUTCH).orElseThrow(),
            mails.outcome(REFERENCE, content, new ModerationDecision.Merge(TARGET, "dubbel"), DUTCH).orElseThrow(),
            mails.outcome(REFERENCE, content, new ModerationDecision.Reject("Geen samenwerking"), DUTCH).orElseThrow()
        }) {
            assertFalse(mail.body().contains("06-12345678"), mail.type() + ": " + mail.body());
        }
    }

    @Test
    void visitorsTextCannotAddAHeaderOrAPlaceholderOrRunOn() {
        Submitter sneaky = new Submitter("Anja\r\nBcc: everyone@example.org", "anja@example.nl", null, null);
        String longName = "Zorgpact {reference} <script>alert(1)</script> " + "x".repeat(500);
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name(longName).build(), MESSAGE, sneaky);

        SubmissionMail mail = mails.receipt(REFERENCE, content, DUTCH).orElseThrow();

        assertTrue(mail.body().startsWith("Beste Anja Bcc: everyone@example.org,\n"), mail.body());
        String initiativeLine = mail.body().lines().filter(l -> l.startsWith("Initiatief: ")).findFirst().orElseThrow();
        assertTrue(initiativeLine.contains("Zorgpact {reference} <script>alert(1)</script>"), initiativeLine);
        assertEquals("Initiatief: ".length() + SubmissionMails.MAX_INITIATIVE, initiativeLine.length());
        assertTrue(initiativeLine.endsWith("…"));
    }

    @Test
    void aSubjectThatAnOperatorWroteWithAPlaceholderForVisitorsTextStaysOneLine() {
        SubmissionMails custom = new SubmissionMails(MailTexts.withOverrides(
                Map.of("receipt.subject.nl", "Melding {reference}: {initiative} van {name}")), PUBLISHED);
        Submitter sneaky = new Submitter("Anja\nBcc: x@example.org", "anja@example.nl", null, null);
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name("Zorg\r\npact").build(), null, sneaky);

        SubmissionMail mail = custom.receipt(REFERENCE, content, DUTCH).orElseThrow();

        assertEquals("Melding SW-2026-K3F9QX: Zorg pact van Anja Bcc: x@example.org", mail.subject());
        assertTrue(MailText.isSingleLine(mail.subject()));
    }

    @Test
    void anApprovalSaysSoWithoutTheResearchersNote() {
        SubmissionMail mail = mails.outcome(REFERENCE, newInitiative("Zorgpact Noord"),
                ModerationDecision.Approve.edited(InitiativeInput.builder().name("Zorgpact").build(),
                        "intern: website nog checken"), DUTCH).orElseThrow();

        assertEquals(SubmissionMailType.APPROVED, mail.type());
        assertEquals("Uw melding SW-2026-K3F9QX is overgenomen", mail.subject());
        assertTrue(mail.body().contains("(nieuw initiatief: Zorgpact Noord)"), mail.body());
        assertFalse(mail.body().contains("intern"), mail.body());
    }

    @Test
    void aMergeNamesThePublishedInitiativeItWasMergedInto() {
        SubmissionMail mail = mails.outcome(REFERENCE, newInitiative("Techniek Pact Twente"),
                new ModerationDecision.Merge(TARGET, "intern: dubbel"), Locale.ENGLISH).orElseThrow();

        assertEquals(SubmissionMailType.MERGED, mail.type());
        assertEquals("Your submission SW-2026-K3F9QX has been merged", mail.subject());
        assertTrue(mail.body().contains("already on the map as \"Techniekpact Twente\""), mail.body());
        assertFalse(mail.body().contains("intern"), mail.body());
    }

    @Test
    void aRejectionGivesTheResearchersReasonWithItsLineBreaks() {
        String reason = "Dit is geen samenwerking tussen onderwijs en bedrijfsleven.\r\nZie onze criteria.\u0007";
        SubmissionMail mail = mails.outcome(REFERENCE, newInitiative("Zorgpact"), new ModerationDecision.Reject(reason),
                DUTCH).orElseThrow();

        assertEquals(SubmissionMailType.REJECTED, mail.type());
        assertEquals("Uw melding SW-2026-K3F9QX is niet overgenomen", mail.subject());
        assertTrue(mail.body().contains("De reden:\nDit is geen samenwerking tussen onderwijs en bedrijfsleven.\n"
                + "Zie onze criteria.\n"), mail.body());

        SubmissionMail english = mails.outcome(REFERENCE, newInitiative("Zorgpact"),
                new ModerationDecision.Reject("Not a cooperation."), Locale.ENGLISH).orElseThrow();
        assertTrue(english.body().contains("The reason:\nNot a cooperation.\n"), english.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"geanonimiseerd@example.invalid", "anja@example.nl,bert@example.org",
        "Anja <anja@example.nl>", "anja@example.nl\r\nBcc: x@example.org", "geen-adres", "",
        "anja@voorbeeld.invalid", "jürgen@example.de"})
    void nothingIsSentToAnAddressThatIsNotOnePlainMailbox(String address) {
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name("Zorgpact").build(), null, new Submitter("Anja", address, null, null));

        assertEquals(Optional.empty(), mails.receipt(REFERENCE, content, DUTCH));
        assertEquals(Optional.empty(), mails.outcome(REFERENCE, content, new ModerationDecision.Reject("x"), DUTCH));
        assertFalse(SubmissionMail.isSendable(address));
    }

    @Test
    void anAnonymisedSubmitterGetsNothing() {
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null,
                InitiativeInput.builder().name("Zorgpact").build(), null, Submitter.ANONYMISED);
        assertEquals(Optional.empty(), mails.outcome(REFERENCE, content, ModerationDecision.Approve.asSubmitted(),
                DUTCH));
    }

    @Test
    void aMailCannotBeMadeWithAnUnsafeRecipientOrSubject() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionMail(SubmissionMailType.RECEIPT, REFERENCE,
                "a@example.nl, b@example.nl", "Onderwerp", "tekst", DUTCH));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionMail(SubmissionMailType.RECEIPT, REFERENCE,
                "a@example.nl", "Onderwerp\r\nBcc: b@example.nl", "tekst", DUTCH));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionMail(SubmissionMailType.RECEIPT, REFERENCE,
                "a@example.nl", " ", "tekst", DUTCH));
    }

    @Test
    void placeholdersAreFilledOnceAndUnknownOnesStay() {
        assertEquals("SW-1 {reference} {unknown} {}", SubmissionMails.fill("{reference} {name} {unknown} {}",
                Map.of("reference", "SW-1", "name", "{reference}")));
        assertEquals("$1 \\ ok", SubmissionMails.fill("{a} ok", Map.of("a", "$1 \\")));
    }

    private static SubmissionContent newInitiative(String name) {
        return content(SubmissionKind.NEW_INITIATIVE, null, InitiativeInput.builder().name(name).build());
    }

    private static SubmissionContent content(SubmissionKind kind, String target, InitiativeInput proposed) {
        return new SubmissionContent(kind, target, proposed, MESSAGE,
                new Submitter("Anja de Boer", "anja@example.nl", "ROC", "docent"));
    }

    private static String body(Optional<SubmissionMail> mail) {
        return mail.orElseThrow().body();
    }
}
