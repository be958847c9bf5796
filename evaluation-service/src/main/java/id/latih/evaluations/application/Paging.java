package id.latih.evaluations.application;

import id.latih.platform.domain.InvalidValueException;

/** The bounds of every paged list of the service. */
final class Paging {

    /** The largest page a caller may ask for. */
    static final int MAX_PAGE_SIZE = 100;
    /** Pages beyond this are refused: nobody pages that far, and a huge skip is a cost to the store. */
    static final int MAX_PAGE = 1000;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "must be from 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
    }
}
