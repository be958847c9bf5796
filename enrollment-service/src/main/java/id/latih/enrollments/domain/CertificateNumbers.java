package id.latih.enrollments.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Certificate numbers: {@code LTH-<year>-<12 random symbols><check symbol>}, in Crockford's base32 (no I, L, O or
 * U, so nothing is misread when typed from paper). Sixty random bits make a number impossible to guess, so only
 * someone who holds the certificate can look it up; the check symbol catches any single mistyped symbol before the
 * store is asked. A well-formed number is not proof: only an issued one, found in the store, is genuine.
 */
public final class CertificateNumbers {

    private static final String PREFIX = "LTH-";
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 12;
    private static final Pattern FORMAT = Pattern.compile("LTH-\\d{4}-[" + ALPHABET + "]{" + (RANDOM_SYMBOLS + 1)
            + "}");

    private CertificateNumbers() {
    }

    public static String issue(int year, RandomGenerator random) {
        StringBuilder body = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String unchecked = PREFIX + year + "-" + body;
        return unchecked + ALPHABET.charAt(check(unchecked));
    }

    /**
     * The number as issued (upper case, surrounding blanks dropped) when it has the form and check symbol of an
     * issued one; empty otherwise.
     */
    public static Optional<String> wellFormed(String number) {
        if (number == null || number.length() > 40) {
            return Optional.empty();
        }
        String normalised = number.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            return Optional.empty();
        }
        String unchecked = normalised.substring(0, normalised.length() - 1);
        return ALPHABET.charAt(check(unchecked)) == normalised.charAt(normalised.length() - 1)
                ? Optional.of(normalised) : Optional.empty();
    }

    /**
     * The sum of each symbol's value after the constant {@code LTH-} (0 for the dash) times an odd weight (1, 3, 5,
     * ...), modulo 32. An odd weight is invertible modulo 32, so changing any one symbol always changes the check.
     */
    static int check(String unchecked) {
        int sum = 0;
        int weight = 1;
        for (char c : unchecked.substring(PREFIX.length()).toCharArray()) {
            int value = Math.max(0, ALPHABET.indexOf(c));
            sum = (sum + value * weight) % ALPHABET.length();
            weight += 2;
        }
        return sum;
    }
}
