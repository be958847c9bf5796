package id.latih.needs.adapter.in.web;

import id.latih.needs.application.DecideTransfer;
import id.latih.needs.application.ListTransfers;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Transfers (mutasi) between agencies: the open ones, and their approval or rejection. Keyed by the person's NIP. */
@RestController
@RequestMapping("/api/employee-transfers")
class TransferController {

    private final ListTransfers listTransfers;
    private final DecideTransfer decideTransfer;

    TransferController(ListTransfers listTransfers, DecideTransfer decideTransfer) {
        this.listTransfers = listTransfers;
        this.decideTransfer = decideTransfer;
    }

    @GetMapping
    PageView<TransferView> open(AgencyScope caller, @Valid @ModelAttribute Requests.Paging paging) {
        return PageView.of(listTransfers.open(caller, paging.pageOrFirst(), paging.sizeOrDefault()),
                TransferView::open);
    }

    @GetMapping("/{nip}")
    TransferView find(AgencyScope caller, @PathVariable String nip) {
        return TransferView.open(listTransfers.find(caller, nip));
    }

    @PostMapping("/{nip}/approval")
    TransferView approve(AgencyScope caller, @PathVariable String nip) {
        return TransferView.of(decideTransfer.approve(caller, nip), "APPROVED");
    }

    @PostMapping("/{nip}/rejection")
    TransferView reject(AgencyScope caller, @PathVariable String nip) {
        return TransferView.of(decideTransfer.reject(caller, nip), "REJECTED");
    }
}
