package nl.samenwerkingskaart.portraits.web.models;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.portraits.domain.PortraitMessages;
import org.apache.sling.api.SlingHttpServletRequest;

/** The console's texts and dates in the editor's language (the browser's, as the rest of the CMS console). */
final class ConsoleTexts {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Locale locale;

    ConsoleTexts(SlingHttpServletRequest request) {
        this.locale = PortraitMessages.supported(request.getLocale());
    }

    Map<String, String> all() {
        Map<String, String> texts = new java.util.HashMap<>(PortraitMessages.all(locale, "console."));
        texts.putAll(PortraitMessages.all(locale, "review.section."));
        return texts;
    }

    String text(String key, Object... arguments) {
        return PortraitMessages.text(locale, key, arguments);
    }

    String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale == Locale.ENGLISH ? Locale.UK : Locale.forLanguageTag("nl-NL"))
                .format(instant.atZone(AMSTERDAM));
    }
}
