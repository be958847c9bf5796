package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.JpQueries.Compliance;
import id.latih.enrollments.application.JpQueries.Gap;
import id.latih.enrollments.domain.Offering;
import java.time.LocalDate;
import java.util.List;

/** One page of an agency's JP gaps; only people the caller may read are counted or named. */
record ComplianceView(String agencyCode, int year, int employees, int belowTarget, int page, int size,
                      List<GapView> gaps) {

    record GapView(String nip, String name, String employmentType, int earned, int credited, int target,
                   int shortfall, List<OfferingRef> closingOfferings) {
    }

    record OfferingRef(String programId, String title, int jp, LocalDate startDate, LocalDate endDate) {

        static OfferingRef of(Offering o) {
            return new OfferingRef(o.programId(), o.title(), o.jp(), o.startDate(), o.endDate());
        }
    }

    static ComplianceView of(Compliance c) {
        return new ComplianceView(c.agencyCode(), c.year(), c.employees(), c.belowTarget(), c.page(), c.size(),
                c.gaps().stream().map(ComplianceView::gap).toList());
    }

    private static GapView gap(Gap g) {
        return new GapView(g.employee().nip(), g.employee().name(), g.employee().employmentType(), g.ledger().earned(),
                g.ledger().credited(), g.ledger().target(), g.ledger().shortfall(),
                g.closingOfferings().stream().map(OfferingRef::of).toList());
    }
}
