package id.latih.programs.domain;

import id.latih.events.PartnerInstitution;

/** An institution a program is run with (the domain brief's partners of competency development). */
public record Partner(String name, Kind kind) {

    public enum Kind {
        UNIVERSITY,
        PRIVATE_SECTOR,
        PROFESSIONAL_BODY
    }

    PartnerInstitution toEvent() {
        return new PartnerInstitution(name, kind.name());
    }
}
