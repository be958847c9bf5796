package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.domain.Program;
import id.latih.evaluations.domain.ProgramCosts;
import id.latih.evaluations.domain.TargetLevel;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The replica of a program: only what evaluation needs of it. Copies from before designs have no targets or costs. */
@Document(ProgramDocument.COLLECTION)
record ProgramDocument(@Id String id, String agencyCode, String title, String competencyCode,
                       List<TargetLevel> targets, Integer behaviourFollowUpDays, Long fixedCosts,
                       Long costPerParticipant, LocalDate startDate, LocalDate endDate) {

    static final String COLLECTION = "programs";

    Program toProgram() {
        return new Program(id, agencyCode, title, competencyCode, targets,
                behaviourFollowUpDays == null ? 0 : behaviourFollowUpDays,
                new ProgramCosts(fixedCosts == null ? 0 : fixedCosts,
                        costPerParticipant == null ? 0 : costPerParticipant), startDate, endDate);
    }
}
