package nl.samenwerkingskaart.initiatives.domain;

/**
 * A region by its CBS code, e.g. {@code AM12} or {@code PV27}.
 */
public record Region(String code, String name, RegionKind kind) {}
