package jp.hataraku.workers;

import static jp.hataraku.workers.WorkerStatus.ACTIVE;
import static jp.hataraku.workers.WorkerStatus.APPLIED;
import static jp.hataraku.workers.WorkerStatus.BRIEFED;
import static jp.hataraku.workers.WorkerStatus.PAUSED;
import static jp.hataraku.workers.WorkerStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class WorkerHistoryTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Workers workers;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    long town;

    @BeforeEach
    void town() {
        town = organizations.registerMunicipality("履歴町", "りれきまち", "20", 7000);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Map<Long, WorkerStatus> statesOn(String date) {
        return workers.statusOn(d(date), Optional.of(town)).stream()
                .collect(Collectors.toMap(r -> r.workerId().value(), WorkerStateOnDate::status));
    }

    @Test
    void the_state_on_a_date_follows_the_history_including_re_registration() {
        long hanako = workers.apply(WorkerFixtures.application(town), d("2024-04-01"));
        workers.markBriefed(hanako, d("2024-04-10"));
        workers.acceptTerms(hanako, "2024-04", d("2024-04-15"));
        workers.pause(hanako, d("2024-08-01"));
        workers.resume(hanako, d("2024-09-01"));
        workers.withdraw(hanako, WithdrawalReason.EMPLOYMENT, null, d("2025-01-31"));
        workers.reregister(hanako, d("2025-06-01"));
        workers.markBriefed(hanako, d("2025-06-05"));

        long taro = workers.apply(WorkerFixtures.application(town), d("2024-05-01"));
        workers.withdraw(taro, WithdrawalReason.MOVED, null, d("2024-05-20"));

        assertThat(statesOn("2024-03-31")).isEmpty();
        assertThat(statesOn("2024-04-01")).containsExactlyInAnyOrderEntriesOf(Map.of(hanako, APPLIED));
        assertThat(statesOn("2024-04-12")).containsEntry(hanako, BRIEFED);
        assertThat(statesOn("2024-05-10")).containsExactlyInAnyOrderEntriesOf(Map.of(hanako, ACTIVE, taro, APPLIED));
        assertThat(statesOn("2024-05-20")).containsExactlyInAnyOrderEntriesOf(Map.of(hanako, ACTIVE, taro, WITHDRAWN));
        assertThat(statesOn("2024-08-15")).containsEntry(hanako, PAUSED);
        assertThat(statesOn("2024-12-31")).containsEntry(hanako, ACTIVE);
        assertThat(statesOn("2025-03-01")).containsEntry(hanako, WITHDRAWN);
        assertThat(statesOn("2025-06-01")).containsEntry(hanako, APPLIED);
        assertThat(statesOn("2025-06-30")).containsEntry(hanako, BRIEFED);

        assertThat(workers.countsOn(d("2024-05-20"), Optional.of(town)))
                .containsEntry(ACTIVE, 1L).containsEntry(WITHDRAWN, 1L).containsEntry(APPLIED, 0L);
        assertThat(workers.statusOn(d("2025-06-30"), Optional.of(town)))
                .filteredOn(r -> r.workerId().value() == hanako).singleElement()
                .satisfies(r -> {
                    assertThat(r.periodNo()).isEqualTo(2);
                    assertThat(r.circumstances()).containsExactly(Circumstance.RAISING_CHILDREN);
                    assertThat(r.workKinds()).contains(WorkKind.DATA_ENTRY);
                });
    }

    @Test
    void re_registration_opens_a_new_period_and_keeps_the_old_one_with_its_reason() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-01"));
        workers.withdraw(id, WithdrawalReason.OTHER, "体調のため", d("2024-06-01"));
        workers.reregister(id, d("2025-04-01"));

        var periods = jdbc.sql("SELECT period_no, started_on, ended_on, withdrawal_reason FROM worker_period "
                + "WHERE worker_id = :id ORDER BY period_no").param("id", id).query().listOfRows();
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("withdrawal_reason")).isEqualTo("OTHER");
        assertThat(periods.get(1).get("ended_on")).isNull();
        assertThat(workers.find(id)).get().extracting(WorkerSummary::status, WorkerSummary::periodNo)
                .containsExactly(APPLIED, 2);
    }

    @Test
    void history_is_never_rewritten_and_records_every_move() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-01"));
        workers.markBriefed(id, d("2024-04-02"));
        workers.acceptTerms(id, "2026-04", d("2024-04-03"));
        assertThat(jdbc.sql("SELECT count(*) FROM worker_status_history WHERE worker_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(workers.find(id)).get().extracting(WorkerSummary::termsVersion).isEqualTo(Optional.of("2026-04"));
    }

    @Test
    void a_change_cannot_be_dated_before_the_previous_one() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-10"));
        assertThatThrownBy(() -> workers.markBriefed(id, d("2024-04-01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_applicant_cannot_accept_the_terms_before_the_info_session() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-10"));
        assertThatThrownBy(() -> workers.acceptTerms(id, "2026-04", d("2024-04-11")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(workers.find(id)).get().extracting(WorkerSummary::status).isEqualTo(APPLIED);
    }

    @Test
    void withdrawal_for_another_reason_without_a_note_is_refused() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-10"));
        assertThatThrownBy(() -> workers.withdraw(id, WithdrawalReason.OTHER, " ", d("2024-04-11")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_name_and_birth_date_is_created_but_flagged_as_a_possible_duplicate() {
        String mail1 = WorkerFixtures.uniqueEmail("dup");
        long first = workers.apply(WorkerFixtures.application(town, "重複 太郎", "ちょうふく たろう", mail1));
        long second = workers.apply(WorkerFixtures.application(town, "重複　太郎", "チョウフク タロウ",
                WorkerFixtures.uniqueEmail("dup")));
        assertThat(jdbc.sql("SELECT possible_duplicate_of FROM worker WHERE id = :id").param("id", second)
                .query(Long.class).single()).isEqualTo(first);
    }

    @Test
    void circumstances_are_stored_only_with_explicit_consent() {
        Application a = WorkerFixtures.application(town);
        Application noConsent = new Application(a.name(), a.nameKana(), a.birthDate(), a.gender(), town,
                a.postalCode(), a.address(), a.phone(), WorkerFixtures.uniqueEmail("nc"), a.workKinds(),
                a.hoursPerWeek(), a.timeBands(), a.place(), a.devices(), null, a.circumstances(), false, a.referral(),
                a.privacyNoticeVersion(), a.password());
        long id = workers.apply(noConsent);
        assertThat(jdbc.sql("SELECT circumstances IS NULL FROM worker WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void applying_and_every_status_change_publish_events_for_other_modules() {
        long id = workers.apply(WorkerFixtures.application(town), d("2024-04-01"));
        workers.markBriefed(id, d("2024-04-02"));
        assertThat(events.stream(WorkerRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.workerId().value()).isEqualTo(id));
        assertThat(events.stream(WorkerStatusChanged.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).isEqualTo(APPLIED);
                    assertThat(e.to()).isEqualTo(BRIEFED);
                    assertThat(e.effectiveOn()).isEqualTo(d("2024-04-02"));
                });
    }
}
