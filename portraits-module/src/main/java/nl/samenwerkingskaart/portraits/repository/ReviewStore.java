package nl.samenwerkingskaart.portraits.repository;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackItem;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceUtil;
import org.apache.sling.api.resource.ValueMap;

/**
 * The review rounds' private data (docs/contracts.md, "Review rounds"):
 * {@code /var/samenwerkingskaart/reviews/<portraitId>/invitations/<id>} (with the hash of the contact's token, never
 * the token) and {@code .../feedback/<id>}.
 * Nobody but portrait editors and the review service user reads it (repoinit). Methods change the resolver's
 * session and leave the commit to the caller, so that one action is one commit.
 */
public final class ReviewStore {

    public static final String ROOT = "/var/samenwerkingskaart/reviews";

    private static final String INVITATIONS = "invitations";
    private static final String FEEDBACK = "feedback";
    private static final String FOLDER = "sling:Folder";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The names {@link #addFeedback} gives: milliseconds, a dash and 8 hex digits. */
    private static final Pattern FEEDBACK_ID = Pattern.compile("[0-9]{1,19}-[0-9a-f]{8}");

    private ReviewStore() {}

    /** The invitation a token's hash names, whichever portrait it belongs to. */
    public static Optional<Invitation> findInvitation(ResourceResolver resolver, String hash) {
        Resource root = resolver.getResource(ROOT);
        if (root == null || !ReviewTokens.hasHashShape(hash)) {
            return Optional.empty();
        }
        for (Resource portrait : root.getChildren()) {
            Resource folder = portrait.getChild(INVITATIONS);
            if (folder == null) {
                continue;
            }
            for (Resource invitation : folder.getChildren()) {
                if (hash.equals(invitation.getValueMap().get("tokenHash", String.class))) {
                    return Optional.of(invitation(portrait.getName(), invitation));
                }
            }
        }
        return Optional.empty();
    }

    /** The path of the portrait page the review data belong to, as recorded at the first invitation. */
    public static Optional<String> portraitPath(ResourceResolver resolver, String portraitId) {
        Resource portrait = resolver.getResource(ROOT + "/" + portraitId);
        return portrait == null ? Optional.empty()
                : Optional.ofNullable(portrait.getValueMap().get("portraitPath", String.class));
    }

    public static List<Invitation> invitations(ResourceResolver resolver, String portraitId) {
        List<Invitation> result = new ArrayList<>();
        Resource folder = resolver.getResource(ROOT + "/" + portraitId + "/" + INVITATIONS);
        if (folder != null) {
            folder.getChildren().forEach(child -> result.add(invitation(portraitId, child)));
        }
        result.sort(Comparator.comparing(Invitation::invitedAt));
        return result;
    }

    public static List<FeedbackItem> feedback(ResourceResolver resolver, String portraitId) {
        List<FeedbackItem> result = new ArrayList<>();
        Resource folder = resolver.getResource(ROOT + "/" + portraitId + "/" + FEEDBACK);
        if (folder != null) {
            for (Resource child : folder.getChildren()) {
                feedbackItem(child).ifPresent(result::add);
            }
        }
        result.sort(Comparator.comparing(FeedbackItem::receivedAt));
        return result;
    }

    public static void addInvitation(ResourceResolver resolver, Invitation invitation, String portraitPath)
            throws PersistenceException {
        Resource portrait = portraitFolder(resolver, invitation.portraitId(), portraitPath);
        Resource folder = child(resolver, portrait, INVITATIONS);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jcr:primaryType", "nt:unstructured");
        properties.put("tokenHash", invitation.tokenHash());
        properties.put("name", invitation.name());
        properties.put("email", invitation.email());
        properties.put("language", invitation.language().getLanguage());
        properties.put("invitedAt", calendar(invitation.invitedAt()));
        properties.put("invitedBy", invitation.invitedBy());
        properties.put("expiresAt", calendar(invitation.expiresAt()));
        resolver.create(folder, invitation.id(), properties);
    }

    public static void setExpiry(ResourceResolver resolver, Invitation invitation, Instant expiresAt) {
        set(resolver, invitation, "expiresAt", calendar(expiresAt));
    }

    public static void revoke(ResourceResolver resolver, Invitation invitation, Instant at) {
        set(resolver, invitation, "revokedAt", calendar(at));
    }

    /** A reminder goes out with a new link: the new token's hash replaces the old one, which stops working. */
    public static void reminded(ResourceResolver resolver, Invitation invitation, String newTokenHash, Instant at) {
        set(resolver, invitation, "remindedAt", calendar(at));
        set(resolver, invitation, "tokenHash", newTokenHash);
    }

    /** One invitation of a portrait by its id. */
    public static Optional<Invitation> invitation(ResourceResolver resolver, String portraitId, String id) {
        Resource node = resolver.getResource(ROOT + "/" + portraitId + "/" + INVITATIONS + "/" + id);
        return node == null ? Optional.empty() : Optional.of(invitation(portraitId, node));
    }

    /** Ends every invitation of a portrait that has not ended yet: its review round is over. */
    public static int endAll(ResourceResolver resolver, String portraitId, Instant at) {
        int ended = 0;
        for (Invitation invitation : invitations(resolver, portraitId)) {
            if (invitation.endedAt() == null) {
                set(resolver, invitation, "endedAt", calendar(at));
                ended++;
            }
        }
        return ended;
    }

    /** Stores one remark and answers its id. */
    public static String addFeedback(ResourceResolver resolver, Invitation invitation, Section section, String text,
            Instant at) throws PersistenceException {
        Resource portrait = resolver.getResource(ROOT + "/" + invitation.portraitId());
        if (portrait == null) {
            throw new PersistenceException("No review data for portrait " + invitation.portraitId());
        }
        Resource folder = child(resolver, portrait, FEEDBACK);
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        String id = at.toEpochMilli() + "-" + HexFormat.of().formatHex(suffix);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jcr:primaryType", "nt:unstructured");
        properties.put("invitation", invitation.id());
        properties.put("section", section.code());
        properties.put("text", text);
        properties.put("receivedAt", calendar(at));
        resolver.create(folder, id, properties);
        return id;
    }

    /** Marks a remark handled (or open again); false when there is no such remark. */
    public static boolean setHandled(ResourceResolver resolver, String portraitId, String feedbackId,
            boolean handled, String by, Instant at) {
        if (feedbackId == null || !FEEDBACK_ID.matcher(feedbackId).matches()) {
            return false; // not one of ours; ".." would lead to another node
        }
        Resource item = resolver.getResource(ROOT + "/" + portraitId + "/" + FEEDBACK + "/" + feedbackId);
        if (item == null) {
            return false;
        }
        ModifiableValueMap values = item.adaptTo(ModifiableValueMap.class);
        if (handled) {
            values.put("handledAt", calendar(at));
            values.put("handledBy", by);
        } else {
            values.remove("handledAt");
            values.remove("handledBy");
        }
        return true;
    }

    private static void set(ResourceResolver resolver, Invitation invitation, String name, Object value) {
        Resource node = resolver.getResource(
                ROOT + "/" + invitation.portraitId() + "/" + INVITATIONS + "/" + invitation.id());
        if (node == null) {
            throw new IllegalStateException("Invitation disappeared: " + invitation.id());
        }
        node.adaptTo(ModifiableValueMap.class).put(name, value);
    }

    private static Resource portraitFolder(ResourceResolver resolver, String portraitId, String portraitPath)
            throws PersistenceException {
        Resource root = ResourceUtil.getOrCreateResource(resolver, ROOT, FOLDER, FOLDER, false);
        Resource portrait = root.getChild(portraitId);
        if (portrait == null) {
            return resolver.create(root, portraitId,
                    Map.of("jcr:primaryType", "nt:unstructured", "portraitPath", portraitPath));
        }
        portrait.adaptTo(ModifiableValueMap.class).put("portraitPath", portraitPath);
        return portrait;
    }

    private static Resource child(ResourceResolver resolver, Resource parent, String name)
            throws PersistenceException {
        Resource child = parent.getChild(name);
        return child != null ? child : resolver.create(parent, name, Map.of("jcr:primaryType", "nt:unstructured"));
    }

    private static Invitation invitation(String portraitId, Resource resource) {
        ValueMap values = resource.getValueMap();
        return new Invitation(resource.getName(), values.get("tokenHash", ""), portraitId, values.get("name", ""),
                values.get("email", ""), Locale.forLanguageTag(values.get("language", "nl")),
                orEpoch(instant(values, "invitedAt")), values.get("invitedBy", ""),
                orEpoch(instant(values, "expiresAt")), instant(values, "revokedAt"),
                instant(values, "endedAt"), instant(values, "remindedAt"));
    }

    private static Optional<FeedbackItem> feedbackItem(Resource resource) {
        ValueMap values = resource.getValueMap();
        Optional<Section> section = Section.ofCode(values.get("section", ""));
        Instant received = instant(values, "receivedAt");
        if (section.isEmpty() || received == null) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackItem(resource.getName(), values.get("invitation", ""), section.get(),
                values.get("text", ""), received, instant(values, "handledAt"), values.get("handledBy", String.class)));
    }

    private static Instant instant(ValueMap values, String name) {
        Calendar calendar = values.get(name, Calendar.class);
        return calendar == null ? null : calendar.toInstant();
    }

    /** A damaged node without a date counts as long expired, never as valid. */
    private static Instant orEpoch(Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
