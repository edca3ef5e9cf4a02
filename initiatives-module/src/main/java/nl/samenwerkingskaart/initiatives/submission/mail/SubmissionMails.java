package nl.samenwerkingskaart.initiatives.submission.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;

/**
 * Writes the e-mails a submitter gets: the receipt once the submission is stored, and the outcome once a researcher
 * has decided. Each goes to the submitter only, and contains only what the submitter sent or may know: never the
 * message they wrote to the researchers (a mail may be forwarded; the message stays in the repository), never notes
 * that researchers recorded for each other (an approval's or merge's note), only a rejection's reason, which is
 * written for the submitter.
 *
 * <p>Text that visitors typed is cut to one short line ({@link MailText#line}); this also keeps the receipt from
 * being much use to someone who fills in a stranger's address to send them a message of their own.
 */
public final class SubmissionMails {

    static final int MAX_NAME = 80;
    static final int MAX_INITIATIVE = 150;
    static final int MAX_REASON = 4_000;
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final MailTexts texts;
    private final Function<String, Optional<String>> publishedName;

    /**
     * @param texts the texts to fill in
     * @param publishedName the public name of an initiative by its id, empty when it is not published (any more)
     */
    public SubmissionMails(MailTexts texts, Function<String, Optional<String>> publishedName) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.publishedName = Objects.requireNonNull(publishedName, "publishedName");
    }

    /**
     * The receipt for a stored submission; empty when it cannot be sent to the submitter's address (anonymised, or
     * not one plain mailbox).
     */
    public Optional<SubmissionMail> receipt(String reference, SubmissionContent content, Locale language) {
        return compose(SubmissionMailType.RECEIPT, reference, content, Map.of(), language);
    }

    /** The mail that tells the submitter what was decided; empty as for {@link #receipt}. */
    public Optional<SubmissionMail> outcome(
            String reference, SubmissionContent content, ModerationDecision decision, Locale language) {
        Objects.requireNonNull(decision, "decision");
        Map<String, String> values = new HashMap<>();
        if (decision instanceof ModerationDecision.Reject reject) {
            values.put("reason", MailText.paragraph(reject.reason(), MAX_REASON));
        } else if (decision instanceof ModerationDecision.Merge merge) {
            values.put("mergedInto", MailText.line(
                    publishedName.apply(merge.targetId()).orElse(merge.targetId()), MAX_INITIATIVE));
        }
        return compose(SubmissionMailType.outcome(decision.outcome()), reference, content, values, language);
    }

    private Optional<SubmissionMail> compose(SubmissionMailType type, String reference, SubmissionContent content,
            Map<String, String> extra, Locale requested) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(content, "content");
        String recipient = content.submitter().email() == null ? null : content.submitter().email().strip();
        if (!SubmissionMail.isSendable(recipient)) {
            return Optional.empty();
        }
        Locale language = MailTexts.language(requested);
        Map<String, String> values = new HashMap<>();
        values.put("reference", MailText.line(reference, 40));
        values.put("kind", texts.text("kind." + content.kind().code(), language));
        values.put("initiative", MailText.line(initiativeName(content), MAX_INITIATIVE));
        values.put("name", MailText.line(content.submitter().name(), MAX_NAME));
        values.put("reason", "");
        values.put("mergedInto", "");
        values.putAll(extra);
        String subject = MailText.line(fill(texts.text(type.code() + ".subject", language), values), MAX_SUBJECT);
        String body = MailText.paragraph(fill(texts.text(type.code() + ".body", language), values), MAX_BODY);
        return Optional.of(new SubmissionMail(type, reference, recipient, subject, body, language));
    }

    /** A change to a published initiative is about that initiative as the public knows it, not as proposed. */
    private String initiativeName(SubmissionContent content) {
        String proposed = content.proposed().name();
        if (content.kind() == SubmissionKind.NEW_INITIATIVE || content.target() == null) {
            return proposed == null ? "" : proposed;
        }
        return publishedName.apply(content.target())
                .or(() -> Optional.ofNullable(proposed).filter(name -> !name.isBlank()))
                .orElse(content.target());
    }

    /** Replaces each known {@code {placeholder}} once; what is filled in is never looked at again. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
