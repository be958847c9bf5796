package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Competency;
import java.util.List;

/** A dictionary entry as the API shows it; {@code ownerKey} is "" for the nation, else a province, region or agency. */
record CompetencyView(String code, String kind, String name, String description, List<String> levelDescriptors,
                      String owner, String ownerKey) {

    static CompetencyView of(Competency c) {
        return new CompetencyView(c.code(), c.kind().name(), c.name(), c.description(), c.levelDescriptors(),
                c.owner().name(), c.ownerKey());
    }
}
