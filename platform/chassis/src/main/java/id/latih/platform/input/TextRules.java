package id.latih.platform.input;

import java.text.Normalizer;

/**
 * What a text value of a request must look like. Text is normalised (Unicode NFC, surrounding white space removed),
 * so two spellings of one name compare equal; then it is refused if it could mislead a reader or a log: control
 * characters (C0 and C1, tabs and line breaks included), direction overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), unpaired surrogates and non-characters, or nothing visible at all (only white space or zero-width
 * characters such as U+200B, U+2060, U+FEFF).
 */
public final class TextRules {

    private TextRules() {
    }

    public static String normalise(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    }

    /** Why the (normalised) text is refused, or {@code null} if it is acceptable. */
    public static String refusal(String text, int maxLength) {
        if (text.length() > maxLength) {
            return "must be at most " + maxLength + " characters long";
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return "must not contain control characters (found U+" + hex(c) + ")";
            }
            if (isDirectionControl(c)) {
                return "must not contain direction overrides or isolates (found U+" + hex(c) + ")";
            }
            if (Character.getType(c) == Character.SURROGATE || isNonCharacter(c)) {
                return "must be valid Unicode text";
            }
            visible |= !isInvisible(c);
            i += Character.charCount(c);
        }
        return visible ? null : "must contain visible characters";
    }

    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isNonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200C || c == 0x200D
                || c == 0x2060 || c == 0xFEFF || c == 0x180E || c == 0x00AD || c == 0x034F || c == 0x3164
                || c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x2800;
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }
}
