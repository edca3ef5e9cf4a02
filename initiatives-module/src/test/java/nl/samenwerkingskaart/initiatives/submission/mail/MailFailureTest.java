package nl.samenwerkingskaart.initiatives.submission.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MailFailureTest {

    @Test
    void masksEveryAddressInTheMessagesOfTheFailureAndItsCauses() {
        Exception failure = new IllegalStateException("550 5.1.1 <anja@example.nl>: Recipient address rejected",
                new IOException("Invalid Addresses: anja.de.vries+x@roc-twente.nl,bert@example.org"));

        String described = MailFailure.describe(failure);

        assertFalse(described.contains("@"), described);
        assertEquals("IllegalStateException: 550 5.1.1 <<address>>: Recipient address rejected"
                + " <- IOException: Invalid Addresses: <address>,<address>", described);
    }

    @Test
    void keepsWhatHelpsAnOperatorOnOneLine() {
        String described = MailFailure.describe(new IOException("Couldn't connect to host, port: localhost, 465;\n"
                + "timeout -1"));
        assertEquals("IOException: Couldn't connect to host, port: localhost, 465; timeout -1", described);
        assertEquals("NullPointerException", MailFailure.describe(new NullPointerException()));
    }

    @Test
    void stopsAfterAFewCauses() {
        Throwable deep = new RuntimeException("0");
        for (int i = 1; i < 10; i++) {
            deep = new RuntimeException(String.valueOf(i), deep);
        }
        assertTrue(MailFailure.describe(deep).split(" <- ").length <= 4);
    }
}
