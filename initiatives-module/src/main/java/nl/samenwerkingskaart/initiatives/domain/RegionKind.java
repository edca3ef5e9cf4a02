package nl.samenwerkingskaart.initiatives.domain;

/** The kinds of region an initiative can be placed in. */
public enum RegionKind {
    /** Arbeidsmarktregio, codes AM01-AM38. */
    LABOUR_MARKET,
    /** Provincie, codes PV20-PV31. */
    PROVINCE
}
