package io.partnerportal.onboarding.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@DisplayName("The shared kernel")
class ArchitectureTest {

    private final JavaClasses kernel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerportal.onboarding.kernel");

    @Test
    @DisplayName("imports no Spring and no database driver, so both sides and any consumer can share it")
    void staysFreeOfFrameworksAndDrivers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..", "javax.sql..",
                        "jakarta.persistence..",
                        "com.mongodb..", "org.bson..",
                        "org.h2..", "org.postgresql..", "de.bwaldvogel..")
                .because("the kernel holds the domain language and rules only (architecture.md)")
                .check(kernel);
    }

    @Test
    @DisplayName("uses Axon only for its message annotations")
    void usesAxonOnlyForAnnotations() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework.eventsourcing..", "org.axonframework.config..",
                        "org.axonframework.commandhandling..", "org.axonframework.eventhandling..",
                        "org.axonframework.spring..")
                .check(kernel);
    }

    @Test
    @DisplayName("keeps its concepts free of cycles, so that each can be read on its own")
    void conceptsFreeOfCycles() {
        slices().matching("io.partnerportal.onboarding.kernel.customer.(*)..").should().beFreeOfCycles().check(kernel);
    }

    @Test
    @DisplayName("keeps the rules of a customer apart from the folds over its events")
    void rulesDoNotDependOnFolds() {
        noClasses().that().resideInAnyPackage("..kernel.customer.access..", "..kernel.customer.record..",
                        "..kernel.customer.registrationid..", "..kernel.customer.verification..",
                        "..kernel.customer.mca..", "..kernel.customer.gdap..")
                .should().dependOnClassesThat().resideInAnyPackage("..kernel.customer.state..", "..kernel.customer.view..")
                .check(kernel);
    }

    @Test
    @DisplayName("was actually imported (an empty import would make the rules above pass vacuously)")
    void importsTheKernel() {
        org.assertj.core.api.Assertions.assertThat(kernel.size()).isGreaterThan(10);
    }
}
