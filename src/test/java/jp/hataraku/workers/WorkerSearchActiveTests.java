package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerSearchActiveTests {

    @Autowired
    Workers workers;
    @Autowired
    Organizations organizations;

    @Test
    void finds_active_workers_of_every_town_by_kana_ignoring_kana_type_and_width() {
        long townA = organizations.registerMunicipality("検索町", "けんさくちょう", "20", 1000);
        long townB = organizations.registerMunicipality("検索村", "けんさくむら", "20", 1000);
        long active = workers.apply(WorkerFixtures.application(townA, "鈴木 検索子", "すずき けんさくこ",
                WorkerFixtures.uniqueEmail("s")), LocalDate.of(2026, 4, 1));
        workers.markBriefed(active, LocalDate.of(2026, 4, 2));
        workers.acceptTerms(active, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 3));
        long otherTown = workers.apply(WorkerFixtures.application(townB, "鈴木 検索夫", "すずき けんさくお",
                WorkerFixtures.uniqueEmail("s")), LocalDate.of(2026, 4, 1));
        workers.markBriefed(otherTown, LocalDate.of(2026, 4, 2));
        workers.acceptTerms(otherTown, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 3));
        long applied = workers.apply(WorkerFixtures.application(townA, "鈴木 検索美", "すずき けんさくみ",
                WorkerFixtures.uniqueEmail("s")), LocalDate.of(2026, 4, 1));

        assertThat(workers.searchActive("ｹﾝｻｸ", 20)).extracting(w -> w.id().value())
                .contains(active, otherTown).doesNotContain(applied);
        assertThat(workers.searchActive("ケンサク", 1)).hasSize(1);
        assertThat(workers.searchActive("  ", 20)).isEmpty();
    }
}
