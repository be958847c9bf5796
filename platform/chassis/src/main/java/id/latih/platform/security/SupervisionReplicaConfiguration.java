package id.latih.platform.security;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * For a service that sets {@code latih.security.supervision-replica=true} and follows {@code latih.needs.events}:
 * keeps who supervises whom ({@link SupervisionReplica}) so its supervisors read their staff's records. A service
 * with employee records of its own answers {@link Supervision} from them instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "latih.security.supervision-replica", havingValue = "true")
public class SupervisionReplicaConfiguration {

    @Bean
    SupervisionReplica supervisionReplica(MongoTemplate mongo, AppliedEvents applied) {
        return new SupervisionReplica(mongo, applied);
    }

    @Bean
    EventHandler<EmployeeRegistered> supervisionOnRegistration(SupervisionReplica supervision) {
        return EventHandler.of(EmployeeRegistered.class, supervision::employeeRegistered);
    }

    @Bean
    EventHandler<EmployeeUpdated> supervisionOnUpdate(SupervisionReplica supervision) {
        return EventHandler.of(EmployeeUpdated.class, supervision::employeeUpdated);
    }
}
