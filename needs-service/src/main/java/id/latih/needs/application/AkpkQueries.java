package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AgencyNeed;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * What agencies and oversight ask of the AKPK: an agency's AKPK with its steps; the region's or province's agencies,
 * or only the late ones; the needs by priority, status or competency; one need with its staff, page by page. All
 * read-only, within {@link AkpkVisibility}; anything outside it is simply not found.
 */
@Service
public class AkpkQueries {

    private final AgencyAnalyses analyses;
    private final AgencyNeeds needs;
    private final Clock clock;

    public AkpkQueries(AgencyAnalyses analyses, AgencyNeeds needs, Clock clock) {
        this.analyses = analyses;
        this.needs = needs;
        this.clock = clock;
    }

    /** The AKPK of {@code agencyCode} (the caller's own when null) of the year. */
    public AgencyAnalysis find(AgencyScope caller, String agencyCode, int year) {
        AkpkVisibility visibility = AkpkVisibility.of(caller);
        String agency = agencyCode == null ? caller.agencyCode() : agencyCode;
        if (!visibility.includes(agency)) {
            throw new NotFoundException("AKPK", AgencyAnalysis.idFor(agency, year));
        }
        return analyses.find(agency, year).orElseThrow(() -> new NotFoundException("AKPK",
                AgencyAnalysis.idFor(agency, year)));
    }

    /** The AKPKs of the year the caller may read; with {@code lateOnly} those past their deadline unapproved. */
    public ResultPage<AgencyAnalysis> agencies(AgencyScope caller, int year, boolean lateOnly, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return analyses.findVisibleTo(AkpkVisibility.of(caller), year, lateOnly ? today : null, page, size);
    }

    public ResultPage<AgencyNeedSummary> needs(AgencyScope caller, AgencyNeedFilter filter, int page, int size) {
        return needs.findVisibleTo(AkpkVisibility.of(caller), filter, page, size);
    }

    public AgencyNeed need(AgencyScope caller, String id) {
        AkpkVisibility visibility = AkpkVisibility.of(caller);
        return needs.find(id).filter(n -> visibility.includes(n.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Need", id));
    }

    /** Whether the AKPK is late today. */
    public boolean isLate(AgencyAnalysis analysis) {
        return analysis.isLateOn(LocalDate.now(clock));
    }
}
