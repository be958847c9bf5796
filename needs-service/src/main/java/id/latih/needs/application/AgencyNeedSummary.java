package id.latih.needs.application;

import id.latih.needs.domain.NeedStatus;
import java.util.List;

/** An AKPK need as lists show it: its figures without the staff list, which may run to thousands. */
public record AgencyNeedSummary(String id, String agencyCode, int cycleYear, String competencyCode, String kind,
                                int staffAffected, int targetLevel, double meanGap, int lowestLevel, int weakUnits,
                                List<String> evidence, double priority, NeedStatus status, boolean supported) {
}
