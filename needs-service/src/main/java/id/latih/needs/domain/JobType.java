package id.latih.needs.domain;

/**
 * Job types and the managerial level their positions require by default (PermenPANRB 38/2017). Functional positions
 * set their standard per position, so they carry none here.
 */
public enum JobType {
    JPT_MADYA(5),
    JPT_PRATAMA(4),
    ADMINISTRATOR(3),
    PENGAWAS(2),
    PELAKSANA(1),
    FUNGSIONAL(0);

    private final int managerialLevel;

    JobType(int managerialLevel) {
        this.managerialLevel = managerialLevel;
    }

    /** The default required level of managerial competencies; 0 where the position's own standard decides. */
    public int managerialLevel() {
        return managerialLevel;
    }
}
