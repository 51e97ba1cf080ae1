package io.partnerportal.onboarding.standalone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules as the folder tree shows them: the two sides meet only in the kernel and the platform, so
 * each can be deployed, scaled and changed on its own. Checked here, where every module is on the class path.
 */
@DisplayName("The modules")
class ModuleBoundariesTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerportal.onboarding");

    @Test
    @DisplayName("the query side imports nothing of the command side, and the command side nothing of the query side")
    void sidesAreIndependent() {
        noClasses().that().resideInAPackage("..onboarding.query..")
                .should().dependOnClassesThat().resideInAPackage("..onboarding.command..").check(production);
        noClasses().that().resideInAPackage("..onboarding.command..")
                .should().dependOnClassesThat().resideInAPackage("..onboarding.query..").check(production);
    }

    @Test
    @DisplayName("the platform serves both sides and depends on neither")
    void platformDependsOnNoSide() {
        noClasses().that().resideInAPackage("..onboarding.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("..onboarding.command..", "..onboarding.query..")
                .check(production);
    }

    @Test
    @DisplayName("were all imported (an empty import would make the rules above pass vacuously)")
    void importsEveryModule() {
        assertThat(production.stream().map(type -> type.getPackageName().split("\\.")[3]).distinct())
                .contains("kernel", "platform", "command", "query", "standalone");
    }
}
