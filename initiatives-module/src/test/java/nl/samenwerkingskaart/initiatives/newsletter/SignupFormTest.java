package nl.samenwerkingskaart.initiatives.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignupFormTest {

    @Test
    void aPlainAddressAndNoNameIsFine() {
        SignupForm form = new SignupForm("  anja@example.nl ", "  ", "");
        assertEquals(List.of(), form.problems());
        assertEquals("anja@example.nl", form.cleanEmail());
        assertNull(form.cleanName(), "a blank name is no name");
        assertFalse(form.isRobot());
    }

    @Test
    void theAddressIsRequired() {
        assertEquals(List.of(new SignupForm.Problem("email", "error.email.missing")),
                new SignupForm(null, "Anja", null).problems());
        assertEquals(List.of(new SignupForm.Problem("email", "error.email.missing")),
                new SignupForm(" \t", null, null).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anja", "anja@", "@example.nl", "anja@example", "a b@example.nl", "anja@@example.nl",
        "<script>@example.nl", "\"Anja\" <anja@example.nl>", "anja@example.nl, bert@example.nl", "anja@example..nl",
        "anja@example.nl\r\nBcc: x@example.nl"})
    void anImplausibleAddressIsRefused(String address) {
        assertEquals(List.of(new SignupForm.Problem("email", "error.email.invalid")),
                new SignupForm(address, null, null).problems());
    }

    @Test
    void anOverlongAddressIsRefused() {
        String address = "a".repeat(250) + "@example.nl";
        assertEquals("error.email.invalid", new SignupForm(address, null, null).problems().get(0).messageKey());
    }

    @Test
    void aNameIsOneLineOfAtMostAHundredCharacters() {
        assertEquals(List.of(), new SignupForm("a@example.nl", "é".repeat(100), null).problems());
        assertEquals(List.of(new SignupForm.Problem("name", "error.name.tooLong")),
                new SignupForm("a@example.nl", "x".repeat(101), null).problems());
        assertEquals(List.of(new SignupForm.Problem("name", "error.name.invalid")),
                new SignupForm("a@example.nl", "Anja\nBcc: x@example.nl", null).problems());
        assertEquals("😀".repeat(100), new SignupForm("a@example.nl", "😀".repeat(100), null).cleanName(),
                "characters, not UTF-16 units, are counted");
        assertEquals(List.of(), new SignupForm("a@example.nl", "😀".repeat(100), null).problems());
    }

    @Test
    void bothProblemsAreReportedInTheFormsOrder() {
        List<SignupForm.Problem> problems = new SignupForm("nope", "x".repeat(200), null).problems();
        assertEquals(List.of("email", "name"), problems.stream().map(SignupForm.Problem::field).toList());
    }

    @Test
    void theHoneypotMarksARobot() {
        assertTrue(new SignupForm("a@example.nl", null, "https://spam.example").isRobot());
        assertFalse(new SignupForm("a@example.nl", null, null).isRobot());
    }
}
