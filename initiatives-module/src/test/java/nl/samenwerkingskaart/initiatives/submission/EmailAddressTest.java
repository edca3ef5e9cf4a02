package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void plainAddressesArePlausible() {
        for (String address : new String[] {"anja@example.nl", "a.de-boer+swk@roc.example.nl", "o'brien@example.ie",
                "j/s@example.nl"}) {
            assertTrue(EmailAddress.isPlausible(address), address);
        }
    }

    /** Found by BadInputIT: a script payload before the @ was stored as the submitter's address. */
    @Test
    void markupDisplayNamesAndListsAreNot() {
        for (String address : new String[] {"<script>alert('x')</script>@example.nl", "\"Anja\"@example.nl",
                "Anja <anja@example.nl>", "anja@example.nl,piet@example.nl", "anja@example.nl;piet@example.nl",
                "anja(x)@example.nl", "anja@[127.0.0.1].nl", "a\\b@example.nl", "anja:x@example.nl"}) {
            assertFalse(EmailAddress.isPlausible(address), address);
        }
    }
}
