package jp.hataraku.payouts.annual;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.hataraku.workers.PaymentRecordMyNumbers;
import org.junit.jupiter.api.Test;

/**
 * My Number leaves the workers module only for the annual payment record (RULES-JP §5, §6): no
 * class outside the workers module and the payouts module's annual export may use the narrow API.
 */
class MyNumberUseTest {

    @Test
    void only_the_annual_export_reads_my_numbers_from_another_module() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.hataraku");
        noClasses().that().resideOutsideOfPackages("jp.hataraku.workers..", "jp.hataraku.payouts.internal.annual..")
                .should().dependOnClassesThat().areAssignableTo(PaymentRecordMyNumbers.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("jp.hataraku.workers..")
                .should().dependOnClassesThat().resideInAPackage("jp.hataraku.workers.internal.mynumber..")
                .check(classes);
    }
}
