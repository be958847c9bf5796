package id.latih.needs.application;

/**
 * One data row of an import: its row number in the file, what happened to it, the NIP as written and, for a rejected
 * row, the column, the reason and the cell as found. Cell text is neutralised ({@link ReportText}) before it is kept.
 */
public record ImportReportLine(String importId, long row, Outcome outcome, String nip, String field, String reason,
                               String value) {

    public enum Outcome {
        CREATED,
        UPDATED,
        /** The file holds the profile as it is already kept: nothing written, nothing announced. */
        UNCHANGED,
        /** Another agency holds the NIP: a transfer (mutasi) to the importing agency was requested. */
        TRANSFER_REQUESTED,
        /** Another agency holds the NIP and the transfer to the importing agency is already open: nothing new. */
        TRANSFER_PENDING,
        REJECTED
    }

    static ImportReportLine rejected(String importId, long row, String nip, CheckedRow.Rejected why) {
        return new ImportReportLine(importId, row, Outcome.REJECTED, ReportText.neutralised(nip), why.field(),
                why.reason(), ReportText.neutralised(why.value()));
    }

    static ImportReportLine applied(String importId, long row, Outcome outcome, String nip) {
        return new ImportReportLine(importId, row, outcome, nip, null, null, null);
    }
}
