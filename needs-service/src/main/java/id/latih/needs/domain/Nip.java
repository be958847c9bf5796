package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Nomor Induk Pegawai, 18 digits (Perka BKN 22/2007): birth date {@code YYYYMMDD}, CPNS start {@code YYYYMM}, gender
 * {@code 1} male or {@code 2} female, then a three-digit sequence. A PNS number must parse completely; the PPPK
 * format is not verified, so a PPPK number needs only 18 digits and its parts are read where they make sense.
 */
public record Nip(String value) {

    public static Nip parse(String raw, EmploymentType type) {
        String value = raw == null ? "" : raw.strip();
        if (!value.matches("[0-9]{18}")) {
            throw invalid("must be exactly 18 digits");
        }
        Nip nip = new Nip(value);
        if (type == EmploymentType.PNS) {
            nip.validateParts();
        }
        return nip;
    }

    /**
     * A NIP that names another person, such as a supervisor, whose employment type is not known here: 18 digits.
     * Refusals name {@code field}.
     */
    public static Nip reference(String raw, String field) {
        String value = raw == null ? "" : raw.strip();
        if (!value.matches("[0-9]{18}")) {
            throw new InvalidValueException(field, "must be exactly 18 digits");
        }
        return new Nip(value);
    }

    private void validateParts() {
        LocalDate born = birthDate();
        YearMonth started = cpnsStart();
        if (born.isAfter(LocalDate.now())) {
            throw invalid("birth date " + born + " is in the future");
        }
        if (!started.isAfter(YearMonth.from(born))) {
            throw invalid("CPNS start " + started + " is not after the birth date " + born);
        }
        char gender = value.charAt(14);
        if (gender != '1' && gender != '2') {
            throw invalid("gender digit (15th) must be 1 (male) or 2 (female), was " + gender);
        }
    }

    public LocalDate birthDate() {
        try {
            return LocalDate.of(digits(0, 4), digits(4, 6), digits(6, 8));
        } catch (DateTimeException e) {
            throw invalid("digits 1-8 are not a real birth date (YYYYMMDD): " + value.substring(0, 8));
        }
    }

    public YearMonth cpnsStart() {
        try {
            return YearMonth.of(digits(8, 12), digits(12, 14));
        } catch (DateTimeException e) {
            throw invalid("digits 9-14 are not a real CPNS start (YYYYMM): " + value.substring(8, 14));
        }
    }

    public String gender() {
        return value.charAt(14) == '2' ? "FEMALE" : "MALE";
    }

    private int digits(int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }

    private static InvalidValueException invalid(String reason) {
        return new InvalidValueException("nip", reason);
    }
}
