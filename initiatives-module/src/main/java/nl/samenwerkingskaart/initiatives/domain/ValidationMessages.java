package nl.samenwerkingskaart.initiatives.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link FieldError} into a sentence for the person who filled in the form, in Dutch unless English is
 * asked for. A sentence starts with the field in words ("Partij 2, naam: ...") so it still makes sense when shown
 * apart from the form, for instance in a list of errors at the top.
 *
 * <p>The texts live in {@code ValidationMessages.properties} (Dutch) and {@code ValidationMessages_en.properties}:
 * {@code field.<name>} names a field, where list indices are written {@code []} ({@code field.parties[].name}) and
 * the row number is argument 0; {@code message.<name>.<code>} is a message for one field, {@code message.<code>}
 * the message for all other fields.
 */
public final class ValidationMessages {

    public static final String BUNDLE = "nl.samenwerkingskaart.initiatives.domain.ValidationMessages";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Without this, a German browser on an English server would get English; Dutch is the default. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ValidationMessages() {}

    public static String text(FieldError error, Locale locale) {
        return text(error, locale, List.of(BUNDLE));
    }

    /**
     * The same sentence built from several bundles, asked in order: a module that adds fields (submissions) puts
     * its own bundle first and falls back to these texts for everything else.
     */
    public static String text(FieldError error, Locale locale, List<String> bundleNames) {
        List<ResourceBundle> bundles = bundleNames.stream()
                .map(name -> ResourceBundle.getBundle(name, locale == null ? Locale.ROOT : locale,
                        ValidationMessages.class.getClassLoader(), NO_FALLBACK))
                .toList();
        Locale first = bundles.get(0).getLocale();
        Locale language = first.getLanguage().isEmpty() ? Locale.forLanguageTag("nl") : first;
        List<Object> rowNumbers = new ArrayList<>();
        Matcher index = INDEX.matcher(error.field());
        while (index.find()) {
            rowNumbers.add(Integer.parseInt(index.group(1)) + 1);
        }
        String fieldKey = INDEX.matcher(error.field()).replaceAll("[]");
        String label = find(bundles, "field." + fieldKey)
                .map(pattern -> format(pattern, rowNumbers, language))
                .orElse(error.field());
        String message = find(bundles, "message." + fieldKey + "." + error.code())
                .or(() -> find(bundles, "message." + error.code()))
                .or(() -> find(bundles, "message.unknown"))
                .orElseThrow();
        return label + ": " + format(message, error.args(), language);
    }

    private static Optional<String> find(List<ResourceBundle> bundles, String key) {
        for (ResourceBundle bundle : bundles) {
            Optional<String> text = find(bundle, key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String format(String pattern, List<Object> args, Locale locale) {
        return new MessageFormat(pattern, locale).format(args.toArray());
    }
}
