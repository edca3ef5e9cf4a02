package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * A submission as the form sent it: every value still the raw string, so {@link SubmissionValidator} can say
 * precisely what is wrong. Any value may be null.
 *
 * @param kind a {@link SubmissionKind} code
 * @param target the id of the initiative the submission is about
 * @param proposed the initiative fields filled in; null counts as none
 * @param consent the consent checkbox; browsers send {@code on} for a ticked box
 * @param honeypot a field hidden from people; only robots fill it in
 */
public record SubmissionInput(
        String kind,
        String target,
        InitiativeInput proposed,
        String message,
        String submitterName,
        String email,
        String organisation,
        String role,
        String consent,
        String honeypot) {

    public SubmissionInput {
        proposed = proposed == null ? InitiativeInput.builder().build() : proposed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds input field by field, the way a form fills it; handy in tests. */
    public static final class Builder {
        private String kind;
        private String target;
        private InitiativeInput proposed;
        private String message;
        private String submitterName;
        private String email;
        private String organisation;
        private String role;
        private String consent;
        private String honeypot;

        private Builder() {}

        public Builder kind(String v) { this.kind = v; return this; }
        public Builder target(String v) { this.target = v; return this; }
        public Builder proposed(InitiativeInput v) { this.proposed = v; return this; }
        public Builder message(String v) { this.message = v; return this; }
        public Builder submitterName(String v) { this.submitterName = v; return this; }
        public Builder email(String v) { this.email = v; return this; }
        public Builder organisation(String v) { this.organisation = v; return this; }
        public Builder role(String v) { this.role = v; return this; }
        public Builder consent(String v) { this.consent = v; return this; }
        public Builder honeypot(String v) { this.honeypot = v; return this; }

        public SubmissionInput build() {
            return new SubmissionInput(kind, target, proposed, message, submitterName, email, organisation, role,
                    consent, honeypot);
        }
    }
}
