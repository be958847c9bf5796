package id.latih.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction every service keeps: adapters -> application -> domain, and a domain free of frameworks.
 * A service's architecture test is one line that checks these against its own classes.
 */
public final class HexagonRules {

    private HexagonRules() {
    }

    public static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("..domain..")
                .layer("application").definedBy("..application..")
                .layer("adapters").definedBy("..adapter..")
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "adapters");
    }

    public static ArchRule plainDomain() {
        return noClasses().that().resideInAPackage("id.latih.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "jakarta..", "tools.jackson..");
    }
}
