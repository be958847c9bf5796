package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.Competency;
import id.latih.needs.domain.CompetencyKind;
import id.latih.needs.domain.DictionaryOwner;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dictionary entry as stored; its id is the owner key and the code, so each owner holds a code once. */
@Document(CompetencyDocument.COLLECTION)
record CompetencyDocument(@Id String id, String code, CompetencyKind kind, String name, String description,
                          List<String> levelDescriptors, DictionaryOwner owner, String ownerKey) {

    static final String COLLECTION = "competencies";

    static String idOf(String ownerKey, String code) {
        return ownerKey + "/" + code;
    }

    static CompetencyDocument of(Competency c) {
        return new CompetencyDocument(idOf(c.ownerKey(), c.code()), c.code(), c.kind(), c.name(), c.description(),
                c.levelDescriptors(), c.owner(), c.ownerKey());
    }

    Competency toCompetency() {
        return new Competency(code, kind, name, description, levelDescriptors, owner, ownerKey);
    }
}
