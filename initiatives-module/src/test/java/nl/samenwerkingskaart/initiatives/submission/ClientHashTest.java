package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClientHashTest {

    private static final byte[] SECRET = secret(0);

    private static byte[] secret(int start) {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (start + i);
        }
        return secret;
    }

    @Test
    void isHmacSha256OfTheAddress() {
        // Computed independently with Python's hmac module.
        assertEquals("YxiA3CWEt9IjsANR_1PfFg9alvUT-zfdeciXQteDTPo", ClientHash.of(SECRET, "192.0.2.1").value());
    }

    @Test
    void isAPureFunctionOfSecretAndAddress() {
        assertEquals(ClientHash.of(SECRET, "2001:db8::1"), ClientHash.of(secret(0), "2001:db8::1"));
        assertNotEquals(ClientHash.of(SECRET, "192.0.2.1"), ClientHash.of(SECRET, "192.0.2.2"));
    }

    @Test
    void changesWhenTheSecretRotates() {
        assertNotEquals(ClientHash.of(SECRET, "192.0.2.1"), ClientHash.of(secret(1), "192.0.2.1"));
    }

    @Test
    void neverContainsTheAddress() {
        ClientHash hash = ClientHash.of(SECRET, "192.0.2.1");
        assertFalse(hash.value().contains("192"));
        assertEquals(43, hash.value().length());
    }

    @Test
    void refusesAShortSecretOrNoAddress() {
        assertThrows(IllegalArgumentException.class, () -> ClientHash.of(Arrays.copyOf(SECRET, 31), "192.0.2.1"));
        assertThrows(IllegalArgumentException.class, () -> ClientHash.of(null, "192.0.2.1"));
        assertThrows(IllegalArgumentException.class, () -> ClientHash.of(SECRET, " "));
        assertThrows(IllegalArgumentException.class, () -> ClientHash.of(SECRET, null));
    }
}
