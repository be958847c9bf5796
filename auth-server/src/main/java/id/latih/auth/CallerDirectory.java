package id.latih.auth;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the callers are ({@code latih.callers}): for each OAuth2 client (an agency's system) and each person, the
 * agency they act for, its region and province, their roles and, for employees and supervisors, their NIP. These
 * become the token's claims. The demo callers live in the {@code demo} profile only.
 */
@ConfigurationProperties("latih.callers")
public record CallerDirectory(Map<String, Identity> clients, Map<String, Person> users) {

    public CallerDirectory {
        clients = clients == null ? Map.of() : clients;
        users = users == null ? Map.of() : users;
    }

    public record Identity(String agency, String region, String province, List<String> roles, String nip) {
    }

    public record Person(String password, String agency, String region, String province, List<String> roles,
                         String nip) {

        Identity identity() {
            return new Identity(agency, region, province, roles, nip);
        }
    }
}
