package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Transfer;

/** What registering a NIP did: registered a new employee, or, for a NIP another agency holds, requested a transfer. */
public sealed interface Registration {

    record Registered(Employee employee) implements Registration {
    }

    record TransferRequested(Transfer transfer) implements Registration {
    }
}
