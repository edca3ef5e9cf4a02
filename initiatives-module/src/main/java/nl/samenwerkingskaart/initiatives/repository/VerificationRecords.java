package nl.samenwerkingskaart.initiatives.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import nl.samenwerkingskaart.initiatives.stillcurrent.VerificationRequest;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * Whether an initiative is still current, on its node: {@code lastVerified} and {@code verifiedBy} (the provenance
 * the domain model reads, docs/contracts.md) and the last request to its contact ({@code verificationRequested},
 * {@code verificationRequestedBy}, {@code verificationTokenHash}, {@code verificationTokenExpires}), which the domain
 * model does not carry: they are the researchers' bookkeeping and never public. Only properties change, so a
 * service user with {@code rep:alterProperties} can record a contact's confirmation.
 */
public final class VerificationRecords {

    static final String LAST_VERIFIED = "lastVerified";
    static final String VERIFIED_BY = "verifiedBy";
    static final String REQUESTED = "verificationRequested";
    static final String REQUESTED_BY = "verificationRequestedBy";
    static final String TOKEN_HASH = "verificationTokenHash";
    static final String TOKEN_EXPIRES = "verificationTokenExpires";

    private VerificationRecords() {}

    /**
     * Records a verification and ends any outstanding request's link; commits.
     *
     * @return false when there is no such initiative or it may not be changed with this resolver
     */
    public static boolean markVerified(ResourceResolver resolver, String id, LocalDate day, String who)
            throws PersistenceException {
        ModifiableValueMap values = writable(resolver, id);
        if (values == null) {
            return false;
        }
        values.put(LAST_VERIFIED, day.toString());
        values.put(VERIFIED_BY, who);
        values.remove(TOKEN_HASH);
        values.remove(TOKEN_EXPIRES);
        resolver.commit();
        return true;
    }

    /** Records a request sent to the contact (replacing an earlier one and its link); commits. */
    public static boolean recordRequest(ResourceResolver resolver, String id, VerificationRequest request)
            throws PersistenceException {
        ModifiableValueMap values = writable(resolver, id);
        if (values == null) {
            return false;
        }
        values.put(REQUESTED, calendar(request.sentAt()));
        values.put(REQUESTED_BY, request.sentBy());
        values.put(TOKEN_HASH, request.tokenHash());
        values.put(TOKEN_EXPIRES, calendar(request.expires()));
        resolver.commit();
        return true;
    }

    /** The last request to the contact, if one was sent and can be read. */
    public static Optional<VerificationRequest> lastRequest(ResourceResolver resolver, String id) {
        Resource resource = resolver.getResource(InitiativeRepository.DATA_ROOT + "/" + id);
        if (resource == null) {
            return Optional.empty();
        }
        ValueMap values = resource.getValueMap();
        Calendar sent = values.get(REQUESTED, Calendar.class);
        if (sent == null) {
            return Optional.empty();
        }
        Calendar expires = values.get(TOKEN_EXPIRES, Calendar.class);
        return Optional.of(new VerificationRequest(sent.toInstant(), values.get(REQUESTED_BY, String.class),
                values.get(TOKEN_HASH, String.class), expires == null ? null : expires.toInstant()));
    }

    private static ModifiableValueMap writable(ResourceResolver resolver, String id) {
        Resource resource = resolver.getResource(InitiativeRepository.DATA_ROOT + "/" + id);
        return resource == null ? null : resource.adaptTo(ModifiableValueMap.class);
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
