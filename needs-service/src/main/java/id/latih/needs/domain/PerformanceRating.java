package id.latih.needs.domain;

/**
 * The yearly performance rating (predikat kinerja, SKP) of PermenPANRB 6/2022. A rating below Baik is a performance
 * gap that training may address; its size is how many steps below Baik it is.
 */
public enum PerformanceRating {
    SANGAT_BAIK(0),
    BAIK(0),
    BUTUH_PERBAIKAN(1),
    KURANG(2),
    SANGAT_KURANG(3);

    private final int gap;

    PerformanceRating(int gap) {
        this.gap = gap;
    }

    /** Steps below Baik: 0 for Baik and Sangat Baik, 1 Butuh Perbaikan, 2 Kurang, 3 Sangat Kurang. */
    public int performanceGap() {
        return gap;
    }
}
