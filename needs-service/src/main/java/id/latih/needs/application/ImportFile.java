package id.latih.needs.application;

/**
 * An uploaded table of employees (CSV or .xlsx), read as a stream of rows: the first row with content is the header.
 * It can be read more than once (the import checks every row before it changes anything). A file that cannot be read
 * throws {@link id.latih.platform.domain.InvalidValueException} naming {@code file}.
 */
public interface ImportFile {

    /** What the content turned out to be: {@code CSV} or {@code XLSX}. */
    String format();

    /** Hands every row with any content to {@code visitor}, in file order, with its row number in the file. */
    void read(RowVisitor visitor);

    @FunctionalInterface
    interface RowVisitor {
        void row(long number, java.util.List<String> cells);
    }
}
