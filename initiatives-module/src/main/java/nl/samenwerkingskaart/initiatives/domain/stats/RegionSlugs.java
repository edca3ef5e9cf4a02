package nl.samenwerkingskaart.initiatives.domain.stats;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readable address of a region on a region page: its name in lower case, accents dropped, anything but letters
 * and digits a hyphen ({@code Zaanstreek/Waterland} is {@code zaanstreek-waterland}, {@code Groot Amsterdam} is
 * {@code groot-amsterdam}). Made from the shipped region names, so every region has one and they are unique (checked
 * when built).
 */
public final class RegionSlugs {

    private final Map<String, String> slugByCode;
    private final Map<String, String> codeBySlug;

    /** @param names region names by code */
    public RegionSlugs(Map<String, String> names) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            String slug = slugOf(name);
            if (slug.isEmpty() || codes.putIfAbsent(slug, code) != null) {
                throw new IllegalArgumentException("Region " + code + " has no unique address: '" + slug + "'");
            }
            slugs.put(code, slug);
        });
        this.slugByCode = Map.copyOf(slugs);
        this.codeBySlug = Map.copyOf(codes);
    }

    /** The address of a region, e.g. {@code twente} for {@code AM05}; empty for an unknown code. */
    public Optional<String> slug(String code) {
        return Optional.ofNullable(code == null ? null : slugByCode.get(code));
    }

    /** The region of an address; empty when no region has it (addresses are matched exactly, in lower case). */
    public Optional<String> code(String slug) {
        return Optional.ofNullable(slug == null ? null : codeBySlug.get(slug));
    }

    static String slugOf(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
