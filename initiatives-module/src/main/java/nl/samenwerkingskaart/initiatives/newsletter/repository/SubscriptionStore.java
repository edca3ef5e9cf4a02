package nl.samenwerkingskaart.initiatives.newsletter.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.newsletter.LinkPurpose;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTokens;
import nl.samenwerkingskaart.initiatives.newsletter.Subscription;
import nl.samenwerkingskaart.initiatives.newsletter.SubscriptionState;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * The newsletter's private data under {@link #ROOT}, through Sling's resource API:
 * <pre>
 * subscribers/&lt;SHA-256 of the address&gt;  email, name, language, state, createdAt, confirmedAt, lastMailAt, links[]
 * links/&lt;SHA-256 of a token&gt;             subscriber (the key above), purpose (confirm, unsubscribe)
 * </pre>
 * A link is found by its token's hash, a subscriber by its address's hash: no query, and neither addresses nor
 * tokens in any path. Removing a subscriber removes its links with it. Every change is one commit.
 */
public class SubscriptionStore {

    public static final String ROOT = "/var/samenwerkingskaart/newsletter";
    static final String SUBSCRIBERS = "subscribers";
    static final String LINKS = "links";
    private static final String FOLDER = "sling:Folder";

    /** A personal link: whose, and what it does. */
    public record Link(String subscriberKey, LinkPurpose purpose) {}

    public Optional<Subscription> find(ResourceResolver resolver, String key) {
        Resource node = resolver.getResource(ROOT + "/" + SUBSCRIBERS + "/" + key);
        return node == null ? Optional.empty() : read(node);
    }

    /** The link a token opens; empty for a token of the wrong shape or none we know. */
    public Optional<Link> findLink(ResourceResolver resolver, String token) {
        if (!NewsletterTokens.hasTokenShape(token)) {
            return Optional.empty();
        }
        Resource node = resolver.getResource(ROOT + "/" + LINKS + "/" + NewsletterTokens.hash(token));
        if (node == null) {
            return Optional.empty();
        }
        ValueMap values = node.getValueMap();
        String subscriber = values.get("subscriber", String.class);
        Optional<LinkPurpose> purpose = LinkPurpose.fromCode(values.get("purpose", ""));
        return subscriber == null || purpose.isEmpty() ? Optional.empty()
                : Optional.of(new Link(subscriber, purpose.get()));
    }

    /**
     * Writes the subscription (new or changed) and adds links for the given tokens, in one commit.
     *
     * @param tokens new tokens and what they do; only their hashes are stored
     */
    public void save(ResourceResolver resolver, Subscription subscription, Map<String, LinkPurpose> tokens)
            throws PersistenceException {
        try {
            Resource subscribers = folder(resolver, SUBSCRIBERS);
            Resource links = folder(resolver, LINKS);
            String key = subscription.key();
            Resource node = subscribers.getChild(key);
            List<String> linkHashes = new ArrayList<>();
            if (node == null) {
                node = resolver.create(subscribers, key, Map.of("jcr:primaryType", "nt:unstructured"));
            } else {
                linkHashes.addAll(List.of(node.getValueMap().get("links", new String[0])));
            }
            for (Map.Entry<String, LinkPurpose> token : tokens.entrySet()) {
                String hash = NewsletterTokens.hash(token.getKey());
                Map<String, Object> link = new HashMap<>();
                link.put("jcr:primaryType", "nt:unstructured");
                link.put("subscriber", key);
                link.put("purpose", token.getValue().code());
                resolver.create(links, hash, link);
                linkHashes.add(hash);
            }
            var values = node.adaptTo(org.apache.sling.api.resource.ModifiableValueMap.class);
            if (values == null) {
                throw new PersistenceException("Cannot write " + node.getPath());
            }
            values.put("email", subscription.email());
            put(values, "name", subscription.name());
            values.put("language", subscription.language().toLanguageTag());
            values.put("state", subscription.state().code());
            values.put("createdAt", calendar(subscription.createdAt()));
            put(values, "confirmedAt", subscription.confirmedAt() == null ? null
                    : calendar(subscription.confirmedAt()));
            put(values, "lastMailAt", subscription.lastMailAt() == null ? null
                    : calendar(subscription.lastMailAt()));
            values.put("links", linkHashes.toArray(String[]::new));
            resolver.commit();
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            throw e;
        }
    }

    /** Removes the subscriber and all its links, in one commit; false when there was none. */
    public boolean remove(ResourceResolver resolver, String key) throws PersistenceException {
        Resource node = resolver.getResource(ROOT + "/" + SUBSCRIBERS + "/" + key);
        if (node == null) {
            return false;
        }
        try {
            for (String hash : node.getValueMap().get("links", new String[0])) {
                Resource link = resolver.getResource(ROOT + "/" + LINKS + "/" + hash);
                if (link != null) {
                    resolver.delete(link);
                }
            }
            resolver.delete(node);
            resolver.commit();
            return true;
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            throw e;
        }
    }

    /** Every subscription, pending and confirmed, in no particular order. */
    public List<Subscription> all(ResourceResolver resolver) {
        Resource subscribers = resolver.getResource(ROOT + "/" + SUBSCRIBERS);
        List<Subscription> all = new ArrayList<>();
        if (subscribers != null) {
            for (Resource node : subscribers.getChildren()) {
                read(node).ifPresent(all::add);
            }
        }
        return all;
    }

    /** Whether this resolver may read the newsletter's data at all (newsletter editors, administrators). */
    public boolean canRead(ResourceResolver resolver) {
        return resolver.getResource(ROOT) != null;
    }

    static Optional<Subscription> read(Resource node) {
        ValueMap values = node.getValueMap();
        String email = values.get("email", String.class);
        Optional<SubscriptionState> state = SubscriptionState.fromCode(values.get("state", ""));
        Calendar created = values.get("createdAt", Calendar.class);
        Calendar confirmed = values.get("confirmedAt", Calendar.class);
        if (email == null || state.isEmpty() || created == null
                || (state.get() == SubscriptionState.CONFIRMED) != (confirmed != null)) {
            return Optional.empty();
        }
        Calendar lastMail = values.get("lastMailAt", Calendar.class);
        return Optional.of(new Subscription(email, values.get("name", String.class),
                Locale.forLanguageTag(values.get("language", "nl")), state.get(), created.toInstant(),
                confirmed == null ? null : confirmed.toInstant(), lastMail == null ? null : lastMail.toInstant()));
    }

    private static Resource folder(ResourceResolver resolver, String name) throws PersistenceException {
        Resource root = resolver.getResource(ROOT);
        if (root == null) {
            throw new PersistenceException("No access to " + ROOT);
        }
        Resource folder = root.getChild(name);
        return folder != null ? folder : resolver.create(root, name, Map.of("jcr:primaryType", FOLDER));
    }

    private static void put(Map<String, Object> values, String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(instant));
        return calendar;
    }
}
