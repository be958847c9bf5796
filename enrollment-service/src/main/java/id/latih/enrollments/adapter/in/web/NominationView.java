package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.NominateEmployees.Outcome;

/**
 * One nominated NIP: its enrollment's id and status, or the problem kind and reason it was refused. Only the NIP
 * the caller sent is echoed; no name appears.
 */
record NominationView(String nip, String enrollmentId, String status, String refusal, String reason) {

    static NominationView of(Outcome o) {
        return o.enrollment() == null ? new NominationView(o.nip(), null, null, o.refusal(), o.refusalReason())
                : new NominationView(o.nip(), o.enrollment().id(), o.enrollment().status().name(), null, null);
    }
}
