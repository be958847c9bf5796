package id.latih.needs.adapter.in.scheduling;

import id.latih.needs.application.ReleaseTransferredNeeds;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes, on a timer ({@code latih.needs.transfer.release-sweep}, default 30 s), the release of transferred
 * employees' needs that a crash or a concurrent change interrupted. Approving a transfer normally releases them at
 * once.
 */
@Component
class TransferReleaseSweep {

    private final ReleaseTransferredNeeds release;

    TransferReleaseSweep(ReleaseTransferredNeeds release) {
        this.release = release;
    }

    @Scheduled(fixedDelayString = "${latih.needs.transfer.release-sweep:PT30S}",
            initialDelayString = "${latih.needs.transfer.release-sweep:PT30S}")
    void sweep() {
        release.releaseAllPending();
    }
}
