package uk.vigil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the request flow short and the layers apart, as docs/architecture.md describes. */
@AnalyzeClasses(packages = "uk.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_routes_and_web_plumbing_touch_javalin = noClasses()
            .that().haveSimpleNameNotEndingWith("Routes")
            .and().resideOutsideOfPackages("uk.vigil.web..")
            .and().doNotHaveSimpleName("Server")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule spring_stays_in_its_config_and_the_entities_it_maps = noClasses()
            .that().resideOutsideOfPackages("uk.vigil.spring..", "uk.vigil.meeting..")
            .and().doNotHaveSimpleName("Features")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule services_do_not_open_their_own_database = noClasses()
            .that().resideOutsideOfPackages("uk.vigil.database..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.dbms.api.DatabaseManagementServiceBuilder");

    @ArchTest
    static final ArchRule routes_live_in_feature_packages = classes()
            .that().haveSimpleNameEndingWith("Routes")
            .should().implement(uk.vigil.web.WebApp.Routes.class);
}
