package id.latih.needs.domain;

/**
 * The grade of an IKM value (PermenPANRB 14/2017): A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99. The value
 * is compared after rounding to two decimals, so the bands leave no gaps. D also takes the 24.98 that the
 * regulation's 0.111 weight gives when every answer is 1.
 */
public enum IkmGrade {
    A(88.31),
    B(76.61),
    C(65.00),
    D(0);

    private final double from;

    IkmGrade(double from) {
        this.from = from;
    }

    public static IkmGrade of(double ikm) {
        for (IkmGrade grade : values()) {
            if (ikm >= grade.from) {
                return grade;
            }
        }
        return D;
    }
}
