package id.latih.needs.adapter.out.mongo;

import id.latih.needs.application.CycleWindows;
import id.latih.needs.domain.CycleWindow;
import id.latih.needs.domain.DictionaryOwner;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Cycles are found by id only (owner and year), so the primary key serves every query. */
@Repository
class MongoCycleWindows implements CycleWindows {

    private final MongoTemplate mongo;

    MongoCycleWindows(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(CycleWindow window) {
        mongo.save(CycleWindowDocument.of(window));
    }

    @Override
    public Optional<CycleWindow> findFor(String agencyCode, int year) {
        return Stream.of(DictionaryOwner.REGION, DictionaryOwner.PROVINCE)
                .map(level -> mongo.findById(CycleWindow.idFor(level.keyFor(agencyCode), year),
                        CycleWindowDocument.class))
                .filter(d -> d != null).findFirst().map(CycleWindowDocument::toWindow);
    }
}
