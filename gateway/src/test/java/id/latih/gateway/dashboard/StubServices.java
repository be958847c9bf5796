package id.latih.gateway.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The four services as the dashboard's calls find them, with fixed answers in the shapes of their views: a small
 * agency with needs in two competencies, two offered programs, their enrollments, its JP compliance and one
 * evaluated program. The backlog refuses, as a service does for a role it does not serve.
 */
final class StubServices implements AutoCloseable {

    private static final Map<String, String> ANSWERS = Map.of(
            "/api/needs", """
                    {"items":[
                     {"id":"N1","agencyCode":"3273.DINKES","nip":"1","competencyCode":"M.05","kind":"MANAJERIAL","currentLevel":1,"requiredLevel":3,"cycleYear":2026,"status":"IDENTIFIED"},
                     {"id":"N2","agencyCode":"3273.DINKES","nip":"2","competencyCode":"M.05","kind":"MANAJERIAL","currentLevel":2,"requiredLevel":3,"cycleYear":2026,"status":"IDENTIFIED"},
                     {"id":"N3","agencyCode":"3273.DINKES","nip":"3","competencyCode":"M.05","kind":"MANAJERIAL","currentLevel":2,"requiredLevel":3,"cycleYear":2026,"status":"FULFILLED"},
                     {"id":"N4","agencyCode":"3273.DINKES","nip":"4","competencyCode":"T.KES.01","kind":"TEKNIS","currentLevel":1,"requiredLevel":2,"cycleYear":2026,"status":"IDENTIFIED"}],
                     "page":0,"size":100,"totalItems":4}""",
            "/api/offerings", """
                    [{"programId":"P-1","agencyCode":"3273.DINKES","title":"Kepemimpinan Pelayanan","competencyCode":"M.05","jp":24,"capacity":30,"seatsTaken":18,"seatsLeft":12,"overCapacity":0,"startDate":"2026-03-02","endDate":"2026-03-04","status":"PUBLISHED"},
                     {"programId":"P-2","agencyCode":"3273.DINKES","title":"Triase Gawat Darurat","competencyCode":"T.KES.01","jp":16,"capacity":20,"seatsTaken":20,"seatsLeft":0,"overCapacity":0,"startDate":"2026-04-06","endDate":"2026-04-07","status":"PUBLISHED"}]""",
            "/api/enrollments", """
                    {"items":[
                     {"id":"E1","agencyCode":"3273.DINKES","programId":"P-1","nip":"1","status":"COMPLETED","attendance":[]},
                     {"id":"E2","agencyCode":"3273.DINKES","programId":"P-1","nip":"2","status":"CONFIRMED","attendance":[]},
                     {"id":"E3","agencyCode":"3273.DINKES","programId":"P-2","nip":"3","status":"CONFIRMED","attendance":[]}],
                     "page":0,"size":200,"totalItems":3}""",
            "/api/jp-compliance", """
                    {"agencyCode":"3273.DINKES","year":2026,"employees":40,"belowTarget":12,"page":0,"size":1,"gaps":[]}""",
            "/api/evaluations/programs", """
                    {"items":[{"programId":"P-0","organiserAgencyCode":"3273.DINKES","title":"Etika Pelayanan","competencyCode":"M.05","evaluationClosed":true}],
                     "page":0,"size":8,"totalItems":1}""",
            "/api/evaluations/programs/P-0/report", """
                    {"programId":"P-0","organiserAgencyCode":"3273.DINKES","title":"Etika Pelayanan",
                     "reaction":{"invited":20,"respondents":16,"percentOfTop":82.5},"learning":{"participants":20,"classGain":0.45}}""");

    private final HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    StubServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Authorization headers of the calls that reached a service. */
    List<String> authorizations() {
        return authorizations;
    }

    private void answer(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String body = ANSWERS.get(exchange.getRequestURI().getPath());
        int status = 200;
        if (body == null) {
            status = exchange.getRequestURI().getPath().equals("/api/backlog") ? 403 : 404;
            body = "{\"type\":\"https://latih.id/problems/forbidden\",\"status\":" + status + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
