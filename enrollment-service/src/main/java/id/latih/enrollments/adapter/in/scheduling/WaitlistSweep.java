package id.latih.enrollments.adapter.in.scheduling;

import id.latih.enrollments.application.PromoteWaitlisted;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Serves the waitlists on a timer ({@code latih.enrollment.waitlist-sweep}, default 30 s). Promotion normally
 * follows each release at once; this pass repairs what a crash between a release and its promotion left behind.
 */
@Component
class WaitlistSweep {

    private final PromoteWaitlisted promotion;

    WaitlistSweep(PromoteWaitlisted promotion) {
        this.promotion = promotion;
    }

    @Scheduled(fixedDelayString = "${latih.enrollment.waitlist-sweep:PT30S}",
            initialDelayString = "${latih.enrollment.waitlist-sweep:PT30S}")
    void sweep() {
        promotion.promoteEverywhere();
    }
}
