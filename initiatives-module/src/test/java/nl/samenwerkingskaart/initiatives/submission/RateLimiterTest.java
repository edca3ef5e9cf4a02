package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimiterTest {

    private static final ClientHash ANJA = new ClientHash("anja");
    private static final ClientHash BERT = new ClientHash("bert");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 20})
    void allowsExactlyTheLimitWithinTheWindow(int limit) {
        RateLimiter limiter = new RateLimiter(limit, WINDOW, 100, clock);
        for (int i = 0; i < limit; i++) {
            assertTrue(limiter.tryAcquire(ANJA), "request " + (i + 1));
            clock.advance(Duration.ofSeconds(1));
        }
        assertFalse(limiter.tryAcquire(ANJA));
    }

    @Test
    void countsEachClientSeparately() {
        RateLimiter limiter = new RateLimiter(2, WINDOW, 100, clock);
        assertTrue(limiter.tryAcquire(ANJA));
        assertTrue(limiter.tryAcquire(ANJA));
        assertFalse(limiter.tryAcquire(ANJA));
        assertTrue(limiter.tryAcquire(BERT), "another client on its own count");
    }

    @Test
    void servesALimitedClientAgainAfterTheWindow() {
        RateLimiter limiter = new RateLimiter(2, WINDOW, 100, clock);
        limiter.tryAcquire(ANJA);
        limiter.tryAcquire(ANJA);
        clock.advance(WINDOW.minusSeconds(1));
        assertFalse(limiter.tryAcquire(ANJA), "still inside the window");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.tryAcquire(ANJA), "a full window after the first request");
    }

    @Test
    void slidesRatherThanResetting() {
        RateLimiter limiter = new RateLimiter(2, WINDOW, 100, clock);
        assertTrue(limiter.tryAcquire(ANJA));
        clock.advance(Duration.ofMinutes(9));
        assertTrue(limiter.tryAcquire(ANJA));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limiter.tryAcquire(ANJA), "the first request has left the window");
        assertFalse(limiter.tryAcquire(ANJA), "the second and third are still in it");
    }

    @Test
    void refusedRequestsDoNotCount() {
        RateLimiter limiter = new RateLimiter(1, WINDOW, 100, clock);
        assertTrue(limiter.tryAcquire(ANJA));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertFalse(limiter.tryAcquire(ANJA));
        }
        clock.advance(Duration.ofMinutes(5));
        assertTrue(limiter.tryAcquire(ANJA), "retrying while refused does not extend the wait");
    }

    @Test
    void forgetsClientsWhoseWindowHasPassed() {
        RateLimiter limiter = new RateLimiter(1, WINDOW, 100, clock);
        limiter.tryAcquire(ANJA);
        limiter.tryAcquire(BERT);
        assertEquals(2, limiter.trackedClients());
        clock.advance(WINDOW);
        assertEquals(0, limiter.trackedClients());
    }

    @Test
    void refusesNewClientsWhenFullUntilWindowsPass() {
        RateLimiter limiter = new RateLimiter(5, WINDOW, 2, clock);
        assertTrue(limiter.tryAcquire(ANJA));
        assertTrue(limiter.tryAcquire(BERT));
        ClientHash carla = new ClientHash("carla");
        assertFalse(limiter.tryAcquire(carla), "the table is full");
        assertTrue(limiter.tryAcquire(ANJA), "known clients keep their own count");
        assertEquals(2, limiter.trackedClients());
        clock.advance(WINDOW);
        assertTrue(limiter.tryAcquire(carla), "idle clients were forgotten to make room");
        assertEquals(1, limiter.trackedClients());
    }

    @Test
    void staysBoundedUnderAFloodOfAddresses() {
        RateLimiter limiter = new RateLimiter(3, WINDOW, 1_000, clock);
        for (int i = 0; i < 10_000; i++) {
            limiter.tryAcquire(new ClientHash("client-" + i));
            clock.advance(Duration.ofMillis(10));
        }
        assertTrue(limiter.trackedClients() <= 1_000);
    }

    @Test
    void isThreadSafe() throws Exception {
        int limit = 50;
        RateLimiter limiter = new RateLimiter(limit, WINDOW, 100, clock);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (limiter.tryAcquire(ANJA)) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(limit, allowed.get());
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, WINDOW, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, WINDOW, 0, clock));
    }
}
