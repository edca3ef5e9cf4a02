package nl.samenwerkingskaart.portraits.domain.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an editor fills in to invite a contact: name, address, the language of the mail and the link's lifetime in
 * days. {@link #problems} gives message keys by field name; empty when the invitation can be made.
 */
public record InvitationRequest(String name, String email, Locale language, int days) {

    public static final int MAX_NAME = 200;

    public InvitationRequest {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        language = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    public Map<String, String> problems(Predicate<String> plausibleAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "invite.name.required");
        } else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            problems.put("name", "invite.name.invalid");
        }
        if (email.isEmpty()) {
            problems.put("email", "invite.email.required");
        } else if (!plausibleAddress.test(email)) {
            problems.put("email", "invite.email.invalid");
        }
        if (!ExpiryPolicy.isAllowed(days)) {
            problems.put("days", "invite.days.invalid");
        }
        return problems;
    }
}
