package uk.vigil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the request flow short and the layers apart, as docs/architecture.md describes. Plain
 * JUnit tests (not {@code @ArchTest} fields, which Surefire here discovered as zero tests).
 */
class ArchitectureTest {
    /** Main classes only, wherever the build puts them ({@code -Dvigil.buildDir} moves target/). */
    private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses VIGIL = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("uk.vigil");

    @Test
    void only_routes_and_web_plumbing_touch_javalin() {
        noClasses().that().haveSimpleNameNotEndingWith("Routes")
                .and().resideOutsideOfPackages("uk.vigil.web..")
                .and().doNotHaveSimpleName("Server")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(VIGIL);
    }

    @Test
    void spring_stays_in_its_config_and_the_entities_it_maps() {
        noClasses().that().resideOutsideOfPackages("uk.vigil.spring..", "uk.vigil.meeting..")
                .and().doNotHaveSimpleName("Features")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(VIGIL);
    }

    @Test
    void only_the_database_package_opens_a_database() {
        noClasses().that().resideOutsideOfPackages("uk.vigil.database..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.dbms.api.DatabaseManagementServiceBuilder")
                .check(VIGIL);
    }

    @Test
    void every_routes_class_is_a_feature_route_group() {
        classes().that().haveSimpleNameEndingWith("Routes").and().areTopLevelClasses()
                .should().implement(uk.vigil.web.WebApp.Routes.class)
                .check(VIGIL);
    }

    @Test
    void the_rule_checks_something() {
        org.assertj.core.api.Assertions.assertThat(VIGIL.size()).isGreaterThan(100);
    }
}
