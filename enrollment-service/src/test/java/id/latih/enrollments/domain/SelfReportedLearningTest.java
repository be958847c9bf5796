package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.enrollments.domain.SelfReportedLearning.Kind;
import id.latih.enrollments.domain.SelfReportedLearning.Status;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SelfReportedLearningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static SelfReportedLearning report(int jp, LocalDate on, String url, String number) {
        return SelfReportedLearning.report("198503152010012001", "3273.DINKES", Kind.E_LEARNING, "Literasi Digital",
                "LAN", on, jp, url, number, TODAY);
    }

    @Test
    void a_report_with_evidence_waits_for_approval_and_is_decided_once() {
        SelfReportedLearning pending = report(6, TODAY, null, "123/LAN/2026");

        assertThat(pending.status()).isEqualTo(Status.PENDING_APPROVAL);
        assertThat(pending.approve().status()).isEqualTo(Status.APPROVED);
        assertThat(pending.reject("bukti tidak terbaca").decisionReason()).isEqualTo("bukti tidak terbaca");
        assertThatThrownBy(() -> pending.approve().reject("x")).isInstanceOf(RuleViolationException.class);
        assertThat(pending.approve().entry().jp()).isEqualTo(6);
    }

    @Test
    void jp_from_1_to_200_a_past_day_and_some_http_evidence_are_required() {
        assertField(() -> report(0, TODAY, null, "1"), "jp");
        assertField(() -> report(201, TODAY, null, "1"), "jp");
        assertThat(report(200, TODAY, null, "1").jp()).isEqualTo(200);
        assertField(() -> report(6, TODAY.plusDays(1), null, "1"), "completedOn");
        assertField(() -> report(6, TODAY, null, " "), "evidenceUrl");
        assertField(() -> report(6, TODAY, "javascript:alert(1)", null), "evidenceUrl");
    }

    private static void assertField(Runnable report, String field) {
        assertThatThrownBy(report::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
