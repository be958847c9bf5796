package id.latih.platform.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The competency dictionary's codes (PermenPANRB 38/2017): managerial {@code M.01}..{@code M.08}, socio-cultural
 * {@code SK.01}, and technical codes, which each agency or ministry writes in its own dictionary, as
 * {@code T.<DICTIONARY>.<NUMBER>}: a dictionary of 2-10 upper-case letters or digits starting with a letter (e.g.
 * {@code KES}, {@code DISDIK}) and a two- or three-digit number ({@code T.KES.01}). The one place that knows the
 * format; requests of every service check codes here, so a code that no dictionary holds is never stored.
 */
public final class CompetencyCodes {

    public static final Set<String> MANAGERIAL = Set.of("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07",
            "M.08");
    public static final String SOCIO_CULTURAL = "SK.01";
    public static final String FORMAT = "M.01..M.08, SK.01 or a technical code T.<DICTIONARY>.<NUMBER> such as T.KES.01";

    private static final Pattern TECHNICAL = Pattern.compile("T\\.[A-Z][A-Z0-9]{1,9}\\.[0-9]{2,3}");

    private CompetencyCodes() {
    }

    public static boolean isManagerial(String code) {
        return MANAGERIAL.contains(code);
    }

    public static boolean isSocioCultural(String code) {
        return SOCIO_CULTURAL.equals(code);
    }

    public static boolean isTechnical(String code) {
        return code != null && TECHNICAL.matcher(code).matches();
    }

    public static boolean isKnown(String code) {
        return isManagerial(code) || isSocioCultural(code) || isTechnical(code);
    }

    /** The code itself if the dictionary knows it; otherwise an {@link InvalidValueException} naming the field. */
    public static String require(String field, String code) {
        if (!isKnown(code)) {
            throw new InvalidValueException(field, "must be a competency code: " + FORMAT);
        }
        return code;
    }
}
