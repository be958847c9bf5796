package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;

/**
 * Where the bands of a normalized gain start. The domain brief's defaults are Hake's (low below 0.3, high above
 * 0.7); evaluation thresholds are an organiser's own rule, so both are settings. A gain equal to a boundary is
 * medium, as in "medium 0.3-0.7".
 *
 * @param lowBelow  a gain below this is low
 * @param highAbove a gain above this is high
 */
public record GainBands(double lowBelow, double highAbove) {

    public GainBands {
        if (lowBelow > highAbove) {
            throw new InvalidValueException("learningGain", "low band boundary " + lowBelow
                    + " lies above the high band boundary " + highAbove);
        }
    }

    public GainBand bandOf(double gain) {
        if (gain < lowBelow) {
            return GainBand.LOW;
        }
        return gain > highAbove ? GainBand.HIGH : GainBand.MEDIUM;
    }
}
