package id.latih.programs.adapter.out.mongo;

import id.latih.platform.outbox.PendingEvent;
import id.latih.programs.domain.Design;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ProgramDocument.COLLECTION)
record ProgramDocument(@Id String id, String agencyCode, String title, String competencyCode, LearningRoute route,
                       LearningMethod method, int jp, int capacity, LocalDate startDate, LocalDate endDate,
                       List<String> needIds, Design design, List<String> openTo, ProgramStatus status,
                       int revision, long version,
                       List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "programs";

    static ProgramDocument of(Program p, List<PendingEvent> pending) {
        return new ProgramDocument(p.id(), p.agencyCode(), p.title(), p.competencyCode(), p.route(), p.method(),
                p.jp(), p.capacity(), p.startDate(), p.endDate(), p.needIds(), p.design(), List.copyOf(p.openTo()),
                p.status(), p.revision(),
                p.version(), pending);
    }

    Program toProgram() {
        return new Program(id, agencyCode, title, competencyCode, route, method, jp, capacity, startDate, endDate,
                needIds == null ? List.of() : needIds, design == null ? Design.none() : design, status,
                Math.max(revision, 1), version);
    }
}
