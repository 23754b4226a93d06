package jp.hataraku.payouts.internal.calc;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.PaymentDeadline;
import jp.hataraku.payouts.RewardBreakdown;
import jp.hataraku.payouts.RewardCalculator;
import jp.hataraku.payouts.internal.RewardEngine;
import jp.hataraku.platform.FieldProblems;
import jp.hataraku.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/calculations/reward}: the payment a worker would receive for some lines of
 * work, worked out by the same {@link RewardCalculator} the monthly closing uses, so that other
 * systems can check their figures against Hataraku.
 */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Calculations", description = "The money rules as a service (contractor staff): rewards with "
        + "consumption tax and withholding, and qualified-invoice tax by rate")
class RewardCalculationController {

    private final RewardEngine engine;
    private final Organizations organizations;
    private final MessageSource messages;

    RewardCalculationController(RewardEngine engine, Organizations organizations, MessageSource messages) {
        this.engine = engine;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** The answer: integer yen, and the last day the Freelance Act allows for paying. */
    record RewardResponse(long gross, long consumptionTax, long withholdingBase, long withholding, long net,
            LocalDate legalPaymentDeadline) {

        static RewardResponse of(RewardBreakdown b, LocalDate deadline) {
            return new RewardResponse(b.gross().amount(), b.consumptionTax().amount(),
                    b.withholdingBase().amount(), b.withholding().amount(), b.net().amount(), deadline);
        }
    }

    @PostMapping(path = "/reward", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Work out one payment to a worker",
            description = "Lines are amounts in yen before consumption tax, per work kind (the job module's codes: "
                    + "DATA_ENTRY, WRITING, ...). Consumption tax is gross × rate % (0, 8 or 10), fractions cut off; "
                    + "withholding applies to the kinds subject to it (RULES-JP §2: 10.21% up to ¥1,000,000 per payment "
                    + "and 20.42% above, fractions cut off) on the amount without consumption tax; "
                    + "net = gross + consumptionTax − withholding. legalPaymentDeadline is the 60th day counted from "
                    + "and including receivedOn (Freelance Act Art. 4). The withholding rate is the one in force on "
                    + "paymentDate (optional; default: the legal deadline). With contractorId, that contractor's "
                    + "withholding flags per work kind apply (set on /payouts/settings), as in its monthly closing.",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(value = """
                            {"lines":[{"workKind":"WRITING","amount":30000},{"workKind":"DATA_ENTRY","amount":12000}],
                             "consumptionTaxRate":10,"receivedOn":"2026-11-10"}"""))))
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "Problem details; errors[] names each bad field "
            + "(e.g. lines[1].amount)")
    ResponseEntity<?> reward(@org.springframework.web.bind.annotation.RequestBody(required = false) JsonNode body) {
        RewardCalculationRequest.Parsed parsed = RewardCalculationRequest.parse(body);
        if (parsed.request().isEmpty()) {
            return invalid(parsed.errors());
        }
        RewardCalculationRequest request = parsed.request().get();
        if (request.contractorId().isPresent() && organizations.contractor(request.contractorId().get()).isEmpty()) {
            return invalid(List.of(new FieldError("contractorId", "money.api.contractorId", List.of())));
        }
        RewardCalculator calculator = request.contractorId().map(engine::forContractor).orElseGet(engine::standard);
        LocalDate deadline = PaymentDeadline.latestFor(request.receivedOn());
        RewardBreakdown breakdown = calculator.calculate(request.lines(), request.consumptionTaxRate(),
                request.paymentDate().orElse(deadline));
        return ResponseEntity.ok(RewardResponse.of(breakdown, deadline));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        return FieldProblems.badRequest("invalid-calculation", errors, messages,
                LocaleContextHolder.getLocale());
    }

}
