package id.latih.needs.application;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns an employee file may have, with the headers agencies use for them, English or Indonesian. Headers are
 * compared without case, spaces or punctuation ({@code NIP Atasan} = {@code nip_atasan}); other columns are ignored,
 * so an agency's own spreadsheet can be uploaded as it is.
 */
public enum ImportColumn {
    NIP("nip", true, "nip", "nippegawai"),
    NAME("name", true, "name", "nama", "namalengkap", "namapegawai"),
    EMPLOYMENT_TYPE("employmentType", true, "employmenttype", "jeniskepegawaian", "statuskepegawaian",
            "statuspegawai"),
    JOB_TYPE("jobType", true, "jobtype", "jenisjabatan"),
    POSITION_TITLE("positionTitle", true, "positiontitle", "jabatan", "namajabatan"),
    SUPERVISOR_NIP("supervisorNip", false, "supervisornip", "nipatasan", "nipatasanlangsung"),
    AGENCY_CODE("agencyCode", false, "agencycode", "kodeinstansi", "kodeopd"),
    UNIT_CODE("unitCode", false, "unitcode", "kodeunit", "kodeunitkerja"),
    UNIT_NAME("unitName", false, "unitname", "unitkerja", "namaunit", "namaunitkerja");

    private final String field;
    private final boolean required;
    private final List<String> headers;

    ImportColumn(String field, boolean required, String... headers) {
        this.field = field;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The name reports use for the column: the field of the same value in {@code POST /api/employees}. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        String key = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Stream.of(values()).filter(c -> c.headers.contains(key)).findFirst();
    }
}
