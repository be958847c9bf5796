package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.PositionStandard;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A position standard as stored, one per agency and position key. Competency codes contain dots, which document
 * keys may not, so the levels are kept under the code with '.' as '_'.
 */
@Document(PositionStandardDocument.COLLECTION)
record PositionStandardDocument(@Id String id, String agencyCode, String positionKey, String positionTitle,
                                String nextPositionTitle, Map<String, Integer> requiredLevels) {

    static final String COLLECTION = "position_standards";

    static String idOf(String agencyCode, String positionTitle) {
        return agencyCode + "|" + PositionStandard.keyOf(positionTitle);
    }

    static PositionStandardDocument of(PositionStandard s) {
        Map<String, Integer> levels = new TreeMap<>();
        s.requiredLevels().forEach((code, level) -> levels.put(code.replace('.', '_'), level));
        return new PositionStandardDocument(idOf(s.agencyCode(), s.positionTitle()), s.agencyCode(),
                PositionStandard.keyOf(s.positionTitle()), s.positionTitle(), s.nextPositionTitle(), levels);
    }

    PositionStandard toStandard() {
        Map<String, Integer> levels = new TreeMap<>();
        requiredLevels.forEach((code, level) -> levels.put(code.replace('_', '.'), level));
        return new PositionStandard(agencyCode, positionTitle, nextPositionTitle, levels);
    }
}
