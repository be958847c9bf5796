package id.latih.needs.application;

import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.WorkUnit;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.TextLimits;
import id.latih.platform.input.TextRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of one employee file: its header (which column is which) and each data row, with the same rules as
 * {@code POST /api/employees} plus the ones a file needs: text that would run as a spreadsheet formula is refused,
 * and so is a row that names another agency than the importing one.
 */
final class ImportRowCheck {

    private final Map<ImportColumn, Integer> columns;
    private final String agencyCode;

    private ImportRowCheck(Map<ImportColumn, Integer> columns, String agencyCode) {
        this.columns = columns;
        this.agencyCode = agencyCode;
    }

    /** Reads the header row; refuses a file with a required column missing or a column named twice. */
    static ImportRowCheck forHeader(List<String> header, String agencyCode) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.ofHeader(header.get(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    throw new InvalidValueException("file", "the header names the column " + column.field()
                            + " twice");
                }
            });
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                throw new InvalidValueException("file", "the header (first row) has no column " + column.field()
                        + "; required: nip, name/nama, employmentType/jenis kepegawaian, jobType/jenis jabatan,"
                        + " positionTitle/jabatan");
            }
        }
        return new ImportRowCheck(columns, agencyCode);
    }

    CheckedRow check(List<String> cells) {
        String agency = cell(cells, ImportColumn.AGENCY_CODE);
        if (!agency.isEmpty() && !agency.equals(agencyCode)) {
            return rejected(ImportColumn.AGENCY_CODE, "is another agency; this import adds staff of " + agencyCode
                    + " only", agency);
        }
        String typeText = cell(cells, ImportColumn.EMPLOYMENT_TYPE);
        EmploymentType type = enumValue(EmploymentType.class, typeText);
        if (type == null) {
            return rejected(ImportColumn.EMPLOYMENT_TYPE, "must be PNS or PPPK", typeText);
        }
        String nipText = cell(cells, ImportColumn.NIP);
        if (nipText.matches("[0-9.,]+[eE]\\+?[0-9]+")) {
            return rejected(ImportColumn.NIP, "was stored as a number and lost digits; format the column as text",
                    nipText);
        }
        Nip nip;
        try {
            nip = Nip.parse(nipText, type);
        } catch (InvalidValueException e) {
            return rejected(ImportColumn.NIP, e.getMessage(), nipText);
        }
        String name = cell(cells, ImportColumn.NAME);
        String nameRefusal = textRefusal(name, TextLimits.NAME);
        if (nameRefusal != null) {
            return rejected(ImportColumn.NAME, nameRefusal, name);
        }
        String jobText = cell(cells, ImportColumn.JOB_TYPE);
        JobType jobType = enumValue(JobType.class, jobText);
        if (jobType == null) {
            return rejected(ImportColumn.JOB_TYPE, "must be one of JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS,"
                    + " PELAKSANA, FUNGSIONAL", jobText);
        }
        String position = cell(cells, ImportColumn.POSITION_TITLE);
        String positionRefusal = textRefusal(position, TextLimits.TITLE);
        if (positionRefusal != null) {
            return rejected(ImportColumn.POSITION_TITLE, positionRefusal, position);
        }
        String supervisorText = cell(cells, ImportColumn.SUPERVISOR_NIP);
        Nip supervisor = null;
        if (!supervisorText.isEmpty()) {
            if (!supervisorText.matches("[0-9]{18}")) {
                return rejected(ImportColumn.SUPERVISOR_NIP, "must be exactly 18 digits", supervisorText);
            }
            supervisor = new Nip(supervisorText);
            if (supervisor.equals(nip)) {
                return rejected(ImportColumn.SUPERVISOR_NIP, "an employee does not supervise themselves",
                        supervisorText);
            }
        }
        String unitCode = cell(cells, ImportColumn.UNIT_CODE);
        String unitName = cell(cells, ImportColumn.UNIT_NAME);
        if (!unitCode.isEmpty() && !unitCode.matches("[A-Za-z0-9._-]{1," + TextLimits.CODE + "}")) {
            return rejected(ImportColumn.UNIT_CODE, "must be letters, digits, '.', '_' or '-', at most "
                    + TextLimits.CODE, unitCode);
        }
        if (unitCode.isEmpty() && !unitName.isEmpty()) {
            return rejected(ImportColumn.UNIT_CODE, "a unit name needs the unit's code", unitCode);
        }
        String unitNameRefusal = unitName.isEmpty() ? null : textRefusal(unitName, TextLimits.TITLE);
        if (unitNameRefusal != null) {
            return rejected(ImportColumn.UNIT_NAME, unitNameRefusal, unitName);
        }
        return new CheckedRow.Valid(nip, name, type, jobType, position, supervisor,
                WorkUnit.of(unitCode, unitName));
    }

    /** The NIP cell as written, for the report of a rejected row. */
    String nipAsWritten(List<String> cells) {
        return cell(cells, ImportColumn.NIP);
    }

    private String cell(List<String> cells, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return TextRules.normalise(cells.get(index));
    }

    private static String textRefusal(String text, int maxLength) {
        if (text.isEmpty()) {
            return "must not be empty";
        }
        if (ReportText.startsLikeFormula(text)) {
            return "must not begin with =, +, -, @, a tab or a line break (it would run as a spreadsheet formula)";
        }
        return TextRules.refusal(text, maxLength);
    }

    /** {@code JPT Madya}, {@code jpt-madya} and {@code JPT_MADYA} name the same job type. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        String key = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        return null;
    }

    private static CheckedRow rejected(ImportColumn column, String reason, String value) {
        return new CheckedRow.Rejected(column.field(), reason, value);
    }
}
