package nl.samenwerkingskaart.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the CMS does after a write has returned: the public endpoints follow the repository through
 * observation events, which arrive a moment later (longer on a busy machine).
 */
final class Eventually {

    static final Duration DEFAULT = Duration.ofSeconds(30);

    private Eventually() {}

    /** The first value that passes {@code check}; fails with the last value seen after {@link #DEFAULT}. */
    static <T> T until(Supplier<T> read, Predicate<T> check, String what) {
        Instant deadline = Instant.now().plus(DEFAULT);
        T last = read.get();
        while (!check.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + DEFAULT.toSeconds() + " s: " + what + "; last seen: "
                        + abbreviate(String.valueOf(last)));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
            last = read.get();
        }
        return last;
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
