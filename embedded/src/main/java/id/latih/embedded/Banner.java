package id.latih.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** What a newcomer needs once the platform is up: where everything is and how to get a token. */
final class Banner {

    private Banner() {
    }

    static String text(Ports p, Path logs, Duration took) {
        return String.format("""

                Latih is up: all healthy in %.1f s.

                  Gateway (the only door)   http://localhost:%d/api/...
                  Authorization server      %s   (OpenID configuration: %s/.well-known/openid-configuration)
                  Kafka broker              %s
                  MongoDB-wire store        mongodb://localhost:%d   (stand-in for MongoDB, data on disk)
                  Services (behind gateway) needs :%d  programs :%d  enrollments :%d  evaluations :%d
                  Logs                      %s

                Get a token for an agency system (Dinas Kesehatan, Kota Bandung):
                  curl -s -u dinkes-bandung:dinkes-bandung-secret -d grant_type=client_credentials %s/oauth2/token
                Then call the gateway with it, for example:
                  curl -H "Authorization: Bearer $TOKEN" http://localhost:%d/api/needs
                The walkthrough of the whole cycle is in docs/walkthrough.md. Press Ctrl-C to stop everything.
                """, took.toMillis() / 1000.0, p.gateway(), p.issuer(), p.issuer(), p.brokers(), p.store(),
                p.needs(), p.programs(), p.enrollments(), p.evaluations(), logs, p.issuer(), p.gateway());
    }
}
