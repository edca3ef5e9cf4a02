package nl.samenwerkingskaart.portraits.repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;

/**
 * Reads a portrait from its page: the {@code sling:Page} or its {@code jcr:content}. Values come as the CMS's
 * dialogs store them: multi-value fields as arrays (or one string), the date as a date or an ISO string.
 */
public final class PortraitReader {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private PortraitReader() {}

    /** The portrait of a page; empty when the resource is not a portrait page. */
    public static Optional<Portrait> read(Resource pageOrContent) {
        Resource content = content(pageOrContent);
        if (content == null || !content.isResourceType(PortraitProperties.RESOURCE_TYPE)) {
            return Optional.empty();
        }
        ValueMap values = content.getValueMap();
        return Optional.of(new Portrait(
                content.getParent().getPath(),
                blankToNull(values.get(PortraitProperties.ID, String.class)),
                values.get(PortraitProperties.TITLE, ""),
                list(values, PortraitProperties.REGIONS),
                values.get(PortraitProperties.SUMMARY, ""),
                list(values, PortraitProperties.TYPOLOGY_TAGS),
                values.get(PortraitProperties.TYPOLOGY, ""),
                values.get(PortraitProperties.STRENGTHS, ""),
                values.get(PortraitProperties.WEAKNESSES, ""),
                values.get(PortraitProperties.RECOMMENDATIONS, ""),
                list(values, PortraitProperties.GOOD_PRACTICES),
                list(values, PortraitProperties.AUTHORS),
                date(values),
                blankToNull(values.get(PortraitProperties.PDF, String.class)),
                list(values, PortraitProperties.RELATED),
                values.get(PortraitProperties.PUBLISHED, false)));
    }

    /** The {@code jcr:content} of a page, or the resource itself when it is one; null otherwise. */
    public static Resource content(Resource pageOrContent) {
        if (pageOrContent == null) {
            return null;
        }
        if ("jcr:content".equals(pageOrContent.getName())) {
            return pageOrContent;
        }
        return pageOrContent.getChild("jcr:content");
    }

    public static List<String> list(ValueMap values, String name) {
        String[] array = values.get(name, String[].class);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream(array).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static LocalDate date(ValueMap values) {
        Calendar calendar = values.get(PortraitProperties.PUBLICATION_DATE, Calendar.class);
        if (calendar != null) {
            return calendar.toInstant().atZone(AMSTERDAM).toLocalDate();
        }
        String text = values.get(PortraitProperties.PUBLICATION_DATE, "");
        if (text.length() >= 10) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
