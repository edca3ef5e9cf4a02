package nl.samenwerkingskaart.initiatives.domain;

/**
 * An organisation taking part in an initiative.
 *
 * @param name required
 * @param kind required
 * @param town optional, may be null
 */
public record Party(String name, PartyKind kind, String town) {}
