package id.latih.auth;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the demo callers are: for each OAuth2 client (an agency's system) and each person, the agency they act for,
 * its region and province, their roles and, for employees, their NIP. These become the token's claims.
 */
@ConfigurationProperties("latih.demo")
public record DemoDirectory(Map<String, Identity> clients, Map<String, Person> users) {

    public DemoDirectory {
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
