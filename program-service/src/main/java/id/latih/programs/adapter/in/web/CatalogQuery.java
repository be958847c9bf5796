package id.latih.programs.adapter.in.web;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.TextLimits;
import id.latih.programs.application.BacklogPage;
import id.latih.programs.application.CatalogPage;
import id.latih.programs.application.ProgramFilter;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.ProgramStatus;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalog's query parameters, read strictly: a value that does not parse is refused naming its parameter
 * rather than ignored, so a client never mistakes an unfiltered list for a filtered one.
 */
final class CatalogQuery {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 10_000;
    /** A backlog page: an agency's needs of one cycle usually fit in the default. */
    static final int DEFAULT_BACKLOG_SIZE = 200;
    static final int MAX_BACKLOG_SIZE = 500;
    private static final Map<String, CatalogPage.Order> ORDERS = Map.of("startDate", CatalogPage.Order.START_DATE,
            "-startDate", CatalogPage.Order.START_DATE_DESC, "title", CatalogPage.Order.TITLE);

    private CatalogQuery() {
    }

    static ProgramFilter filter(String competencyCode, String method, String month, String agencyCode,
                                String status) {
        return new ProgramFilter(text("competencyCode", competencyCode, TextLimits.CODE),
                parse("method", method, v -> LearningMethod.valueOf(v)),
                parse("month", month, YearMonth::parse),
                text("agencyCode", agencyCode, TextLimits.CODE),
                parse("status", status, v -> ProgramStatus.valueOf(v)));
    }

    static CatalogPage.Request page(String page, String size, String sort) {
        int p = page == null ? 0 : number("page", page, 0, MAX_PAGE);
        int s = size == null ? DEFAULT_SIZE : number("size", size, 1, MAX_SIZE);
        CatalogPage.Order order = sort == null ? CatalogPage.Order.START_DATE : ORDERS.get(sort);
        if (order == null) {
            throw new InvalidValueException("sort", "must be one of " + ORDERS.keySet());
        }
        return new CatalogPage.Request(p, s, order);
    }

    /** The backlog's filter; {@code unplanned} is true or false. */
    static BacklogPage.Filter backlogFilter(String competencyCode, String cycleYear, String needStatus,
                                            String unplanned) {
        if (unplanned != null && !unplanned.equals("true") && !unplanned.equals("false")) {
            throw new InvalidValueException("unplanned", "must be true or false");
        }
        return new BacklogPage.Filter(text("competencyCode", competencyCode, TextLimits.CODE),
                year("cycleYear", cycleYear), parse("needStatus", needStatus, CatalogQuery::statusName),
                "true".equals(unplanned));
    }

    /** A page of the backlog: up to {@value #MAX_BACKLOG_SIZE} needs, {@value #DEFAULT_BACKLOG_SIZE} by default. */
    static BacklogPage.Request backlogPage(String page, String size) {
        return new BacklogPage.Request(page == null ? 0 : number("page", page, 0, MAX_PAGE),
                size == null ? DEFAULT_BACKLOG_SIZE : number("size", size, 1, MAX_BACKLOG_SIZE));
    }

    private static String statusName(String value) {
        if (!value.matches("[A-Z_]{1,30}")) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    /** A cycle year, within the years the platform accepts anywhere. */
    static Integer year(String name, String value) {
        return value == null ? null : number(name, value, 2000, 2100);
    }

    static int requiredYear(String value) {
        if (value == null) {
            throw new InvalidValueException("year", "is required");
        }
        return year("year", value);
    }

    private static String text(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidValueException(name, "must be at most " + max + " characters");
        }
        return value;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(text(name, value, TextLimits.LABEL));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidValueException(name, "is not a valid value: " + value);
        }
    }

    private static int number(String name, String value, int min, int max) {
        int n = parse(name, value, Integer::parseInt);
        if (n < min || n > max) {
            throw new InvalidValueException(name, "must be between " + min + " and " + max);
        }
        return n;
    }
}
