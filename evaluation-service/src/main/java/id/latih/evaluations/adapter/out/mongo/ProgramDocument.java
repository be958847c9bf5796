package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.domain.Program;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The replica of a program: only what evaluation needs of it. */
@Document(ProgramDocument.COLLECTION)
record ProgramDocument(@Id String id, String agencyCode, String title, String competencyCode) {

    static final String COLLECTION = "programs";

    Program toProgram() {
        return new Program(id, agencyCode, title, competencyCode);
    }
}
