package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InvitationRequestTest {

    private static final Predicate<String> PLAUSIBLE = address -> address.matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");

    private static Map<String, String> problems(String name, String email, int days) {
        return new InvitationRequest(name, email, null, days).problems(PLAUSIBLE);
    }

    @Test
    void aGoodRequestHasNoProblems() {
        assertEquals(Map.of(), problems("Anja de Boer", "anja@example.nl", 21));
        assertEquals(Map.of(), problems("A", "anja@example.nl", 1));
        assertEquals(Map.of(), problems("n".repeat(200), "anja@example.nl", 90));
    }

    @Test
    void theNameIsRequiredShortAndOnOneLine() {
        assertEquals(Map.of("name", "invite.name.required"), problems(null, "anja@example.nl", 21));
        assertEquals(Map.of("name", "invite.name.required"), problems(" \t ", "anja@example.nl", 21));
        assertEquals(Map.of("name", "invite.name.invalid"), problems("n".repeat(201), "anja@example.nl", 21));
        assertEquals(Map.of("name", "invite.name.invalid"), problems("Anja\nBcc: x@example.org", "anja@example.nl", 21));
        assertEquals(Map.of("name", "invite.name.invalid"), problems("Anja\u0000", "anja@example.nl", 21));
        assertEquals("Anja", new InvitationRequest("  Anja\n", "x", null, 1).name(), "stripped first");
    }

    @Test
    void theAddressIsRequiredAndPlausible() {
        assertEquals(Map.of("email", "invite.email.required"), problems("Anja", null, 21));
        assertEquals(Map.of("email", "invite.email.required"), problems("Anja", "  ", 21));
        assertEquals(Map.of("email", "invite.email.invalid"), problems("Anja", "anja@", 21));
        assertEquals("anja@example.nl", new InvitationRequest("Anja", " anja@example.nl ", null, 1).email());
    }

    @Test
    void daysFromOneToNinety() {
        assertEquals(Map.of("days", "invite.days.invalid"), problems("Anja", "anja@example.nl", 0));
        assertEquals(Map.of("days", "invite.days.invalid"), problems("Anja", "anja@example.nl", 91));
        assertEquals(Map.of("days", "invite.days.invalid"), problems("Anja", "anja@example.nl", -1));
    }

    @Test
    void everyProblemAtOnceInFormOrder() {
        assertEquals(java.util.List.of("name", "email", "days"),
                java.util.List.copyOf(problems("", "", 0).keySet()));
    }

    @Test
    void englishOrDutch() {
        assertEquals(Locale.ENGLISH, new InvitationRequest("A", "a", Locale.UK, 1).language());
        assertEquals(Locale.ENGLISH, new InvitationRequest("A", "a", Locale.forLanguageTag("en"), 1).language());
        assertEquals("nl", new InvitationRequest("A", "a", Locale.GERMAN, 1).language().getLanguage());
        assertEquals("nl", new InvitationRequest("A", "a", null, 1).language().getLanguage());
        assertEquals("nl", new InvitationRequest("A", "a", Locale.forLanguageTag("nl-BE"), 1).language().toLanguageTag());
    }
}
