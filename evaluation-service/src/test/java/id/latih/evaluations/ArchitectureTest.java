package id.latih.evaluations;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.latih.testing.HexagonRules;

@AnalyzeClasses(packages = "id.latih.evaluations")
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = HexagonRules.layers();

    @ArchTest
    static final ArchRule plainDomain = HexagonRules.plainDomain();
}
