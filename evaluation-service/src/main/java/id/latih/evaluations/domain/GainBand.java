package id.latih.evaluations.domain;

/** Hake's bands for a normalized learning gain: low below 0.3, medium 0.3 to 0.7, high above 0.7 (by default). */
public enum GainBand {
    LOW,
    MEDIUM,
    HIGH
}
