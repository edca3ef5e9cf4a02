package nl.samenwerkingskaart.initiatives.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Allows each client at most {@code limit} submissions in any period of {@code window} (a sliding log: a fixed
 * window would let a client send twice the limit around a window boundary). Keyed by {@link ClientHash}, so no raw
 * IP address is held in memory.
 *
 * <p>Memory is bounded: per client at most {@code limit} instants, and at most {@code maxClients} clients. Clients
 * whose requests have all left the window are forgotten. When the table is still full after that, a new client is
 * refused rather than an existing one forgotten: forgetting would let a flood from many addresses reset the counts of
 * the clients it is meant to limit, while refusing lasts at most one window, after which the table empties itself.
 *
 * <p>Thread-safe. A single lock is plenty: submissions arrive at human speed and each call does constant work,
 * except for a sweep of expired clients when the table is full.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final Clock clock;
    private final Map<ClientHash, Deque<Instant>> requests = new HashMap<>();

    public RateLimiter(int limit, Duration window, int maxClients, Clock clock) {
        if (limit < 1 || maxClients < 1) {
            throw new IllegalArgumentException("limit and maxClients must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window must be a positive duration");
        }
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a request of this client and says whether it may go ahead; a refused request is not counted. */
    public synchronized boolean tryAcquire(ClientHash client) {
        Objects.requireNonNull(client, "client");
        Instant now = clock.instant();
        Deque<Instant> times = requests.get(client);
        if (times != null) {
            dropExpired(times, now);
        } else {
            if (requests.size() >= maxClients) {
                forgetIdleClients(now);
                if (requests.size() >= maxClients) {
                    return false;
                }
            }
            times = new ArrayDeque<>(Math.min(limit, 16));
            requests.put(client, times);
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** How many clients are tracked now (after forgetting idle ones); for tests and monitoring. */
    public synchronized int trackedClients() {
        forgetIdleClients(clock.instant());
        return requests.size();
    }

    private void forgetIdleClients(Instant now) {
        Iterator<Deque<Instant>> it = requests.values().iterator();
        while (it.hasNext()) {
            Deque<Instant> times = it.next();
            dropExpired(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }

    /** A request leaves the window once a full window has passed since it was made. */
    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }
}
