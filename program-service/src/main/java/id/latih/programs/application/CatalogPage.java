package id.latih.programs.application;

import id.latih.programs.domain.Program;
import java.util.List;

/** One page of the catalog and how many programs match in all. */
public record CatalogPage(List<Program> programs, long total) {

    /** Which page, how long, in what order. */
    public record Request(int page, int size, Order order) {
    }

    /** The orders the catalog is indexed for. */
    public enum Order {
        START_DATE,
        START_DATE_DESC,
        TITLE
    }
}
