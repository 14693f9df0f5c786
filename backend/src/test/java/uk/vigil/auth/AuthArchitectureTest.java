package uk.vigil.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Authentication keeps HTTP in its *Routes classes and secrets inside the package. */
class AuthArchitectureTest {
    /** Main classes only, wherever the build puts them ({@code -Dvigil.buildDir} moves target/). */
    private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses AUTH = new ClassFileImporter().withImportOption(MAIN_ONLY)
            .importPackages("uk.vigil.auth");

    @Test
    void only_routes_classes_touch_javalin() {
        noClasses().that().haveSimpleNameNotEndingWith("Routes")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(AUTH);
    }

    @Test
    void test_fixtures_follow_the_same_rule_so_the_project_wide_check_passes_with_any_build_dir() {
        noClasses().that().haveSimpleNameNotEndingWith("Routes")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(new ClassFileImporter().importPackages("uk.vigil.auth"));
    }

    @Test
    void authentication_does_not_need_spring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(AUTH);
    }

    @Test
    void stored_accounts_and_their_store_stay_inside_the_package() {
        noClasses().that().resideOutsideOfPackage("uk.vigil.auth")
                .should().dependOnClassesThat().haveSimpleName("UserAccount")
                .orShould().dependOnClassesThat().haveSimpleName("UserStore")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("uk.vigil"));
    }
}
