package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the supervisor is asked for the on-the-job check and reminded of it: asked the day it falls due, reminded
 * every {@code reminderEveryDays} after that while it stays unrated, and no more once it expires
 * {@code expiryDays} after falling due. The steps are counted on the file, so each is announced once; a sweep that
 * ran late announces only the step due now (one reminder, not every one it missed).
 *
 * @param reminderEveryDays days between reminders; 0: no reminders, only the request
 * @param expiryDays        days after falling due that a rating is still taken
 */
public record BehaviourFollowUp(int reminderEveryDays, int expiryDays) {

    public BehaviourFollowUp {
        if (reminderEveryDays < 0 || expiryDays < 0) {
            throw new InvalidValueException("behaviourFollowUp", "reminder and expiry days must be 0 or more");
        }
    }

    /** What the sweep does for one unrated check today. */
    public sealed interface Step {
    }

    /**
     * Send the request ({@code reminder} 0) or a reminder (1, 2...), then come back on {@code nextStepOn}: the next
     * reminder, or the day after expiry.
     */
    public record Announce(int reminder, LocalDate expiresOn, LocalDate nextStepOn) implements Step {
    }

    /** Nothing to send before {@code nextStepOn}. */
    public record Wait(LocalDate nextStepOn) implements Step {
    }

    /** The check expired unrated: nothing more is sent. */
    public record Expire(LocalDate expiredOn) implements Step {
    }

    /** The last day a rating is taken for a check due on {@code dueOn}. */
    public LocalDate expiresOn(LocalDate dueOn) {
        return dueOn.plusDays(expiryDays);
    }

    /**
     * The step for a check due on {@code dueOn} of which {@code announced} steps (request and reminders) were sent.
     */
    public Step stepFor(LocalDate dueOn, int announced, LocalDate today) {
        LocalDate expiresOn = expiresOn(dueOn);
        if (today.isAfter(expiresOn)) {
            return new Expire(expiresOn);
        }
        LocalDate afterExpiry = expiresOn.plusDays(1);
        LocalDate stepOn = announced == 0 ? dueOn
                : reminderEveryDays == 0 ? afterExpiry : dueOn.plusDays((long) announced * reminderEveryDays);
        if (stepOn.isAfter(afterExpiry)) {
            stepOn = afterExpiry;
        }
        if (today.isBefore(stepOn)) {
            return new Wait(stepOn);
        }
        LocalDate next = afterExpiry;
        if (reminderEveryDays > 0) {
            long periods = ChronoUnit.DAYS.between(dueOn, today) / reminderEveryDays + 1;
            LocalDate nextReminder = dueOn.plusDays(periods * reminderEveryDays);
            next = nextReminder.isAfter(expiresOn) ? next : nextReminder;
        }
        return new Announce(announced, expiresOn, next);
    }
}
