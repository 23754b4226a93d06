package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/calculations/reward} answers the same figures the monthly closing wrote for a
 * worker — same engine, same contractor settings — for a registered and an unregistered worker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RewardApiMatchesClosingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    RewardLedger ledger;
    @Autowired
    Closing closing;
    @Autowired
    ClosingQueries queries;
    @Autowired
    PayoutSettingsRepository settings;

    final YearMonth month = YearMonth.of(2026, 9);
    final LocalDate received = LocalDate.of(2026, 9, 3);
    final LocalDate approved = LocalDate.of(2026, 9, 7);

    @Test
    void the_api_and_the_closing_agree_to_the_yen() throws Exception {
        PayoutFixtures.Place place = fixtures.place();
        // this contractor withholds on transcription too (RULES-JP §2: configurable per kind)
        settings.saveWithholding(place.contractor(), WorkKind.TRANSCRIPTION, true);
        long registered = fixtures.registeredWorker(place.town());
        long unregistered = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, registered, WorkKind.PRINT_DESIGN, 1_234_567, received, approved));
        ledger.taskApproved(PayoutFixtures.task(place, registered, WorkKind.TRANSCRIPTION, 45_678, received, approved));
        ledger.taskApproved(PayoutFixtures.task(place, registered, WorkKind.DATA_ENTRY, 9_999, received, approved));
        ledger.taskApproved(PayoutFixtures.task(place, unregistered, WorkKind.WRITING, 33_333, received, approved));

        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        LocalDate paymentDate = queries.period(period).orElseThrow().paymentDate();
        List<ClosingQueries.PayoutRow> rows = queries.payouts(period, Optional.empty(), 0, 50);

        String token = staffToken();
        for (ClosingQueries.PayoutRow row : rows) {
            String lines = row.workerId() == registered
                    ? "{\"workKind\":\"PRINT_DESIGN\",\"amount\":1234567},{\"workKind\":\"TRANSCRIPTION\",\"amount\":45678},"
                            + "{\"workKind\":\"DATA_ENTRY\",\"amount\":9999}"
                    : "{\"workKind\":\"WRITING\",\"amount\":33333}";
            int rate = row.consumptionTaxRate();
            String body = "{\"lines\":[" + lines + "],\"consumptionTaxRate\":" + rate + ",\"receivedOn\":\"" + received
                    + "\",\"paymentDate\":\"" + paymentDate + "\",\"contractorId\":" + place.contractor() + "}";
            String json = mvc.perform(post("/api/v1/calculations/reward").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(((Number) JsonPath.read(json, "$.gross")).longValue()).isEqualTo(row.gross());
            assertThat(((Number) JsonPath.read(json, "$.consumptionTax")).longValue()).isEqualTo(row.consumptionTax());
            assertThat(((Number) JsonPath.read(json, "$.withholding")).longValue()).isEqualTo(row.withholding());
            assertThat(((Number) JsonPath.read(json, "$.net")).longValue()).isEqualTo(row.net());
            assertThat((String) JsonPath.read(json, "$.legalPaymentDeadline")).isEqualTo(row.earliestDeadline().toString());
        }
        assertThat(rows).extracting(ClosingQueries.PayoutRow::workerId).containsExactlyInAnyOrder(registered, unregistered);
        // the contractor's transcription flag made a difference: (1,234,567 + 45,678 − 1,000,000) × 20.42% + 102,100
        assertThat(rows).filteredOn(r -> r.workerId() == registered).singleElement()
                .satisfies(r -> assertThat(r.withholding()).isEqualTo(159_326));
    }

    private String staffToken() {
        String email = "calc-" + UUID.randomUUID() + "@example.jp";
        long id = accounts.createAccount(email, "経理 担当", "calc-Secret-2026-" + UUID.randomUUID(),
                List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        String token = "calc-" + UUID.randomUUID();
        accounts.registerApiToken(id, "calc", token);
        return token;
    }
}
