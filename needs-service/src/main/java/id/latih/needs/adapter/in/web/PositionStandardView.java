package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.PositionStandard;
import java.util.List;
import java.util.Map;

/** A position's standard as the API shows it: each listed competency's required level, by code. */
record PositionStandardView(String agencyCode, String positionTitle, String nextPositionTitle,
                            List<RequiredLevelView> requiredLevels) {

    record RequiredLevelView(String competencyCode, int level) {
    }

    static PositionStandardView of(PositionStandard s) {
        return new PositionStandardView(s.agencyCode(), s.positionTitle(), s.nextPositionTitle(),
                s.requiredLevels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new RequiredLevelView(e.getKey(), e.getValue())).toList());
    }
}
