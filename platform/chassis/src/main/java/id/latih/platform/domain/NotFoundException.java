package id.latih.platform.domain;

/** The addressed thing does not exist, or is outside the caller's scope (the two are indistinguishable on purpose). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }

    @Override
    public String kind() {
        return "not-found";
    }
}
