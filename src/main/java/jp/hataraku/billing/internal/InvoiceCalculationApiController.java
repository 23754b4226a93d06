package jp.hataraku.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.platform.FieldProblems;
import jp.hataraku.shared.InvoiceTax;
import jp.hataraku.billing.Invoices;
import jp.hataraku.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The qualified-invoice arithmetic as an API, so that other systems can check their figures: the
 * very {@link InvoiceTax} the invoices are issued with. The body is read field by field so that
 * every problem names its field ({@code lines[1].taxRate}) in RFC 9457 problem details.
 */
@RestController
@Tag(name = "Calculations", description = "The money rules Hataraku applies, for other systems to check their figures (contractor staff)")
class InvoiceCalculationApiController {

    static final int MAX_LINES = 1_000;

    private final Invoices invoices;
    private final MessageSource messages;

    InvoiceCalculationApiController(Invoices invoices, MessageSource messages) {
        this.invoices = invoices;
        this.messages = messages;
    }

    @Schema(description = "Invoice lines to total")
    record InvoiceCalculationRequest(
            @Schema(description = "1 to 1000 lines", requiredMode = Schema.RequiredMode.REQUIRED) List<LineJson> lines,
            @Schema(description = "true when the amounts include the consumption tax", defaultValue = "false")
            Boolean amountsIncludeTax,
            @Schema(description = "How the tax of each rate is rounded; default: the contractor's setting, else DOWN",
                    allowableValues = {"DOWN", "UP", "HALF_UP"}) String rounding,
            @Schema(description = "Use this contractor's rounding setting when no rounding is given") Long contractorId) {
    }

    @Schema(description = "One invoice line")
    record LineJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "データ入力") String description,
            @Schema(description = "Whole yen; negative on a return invoice", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "1234") Long amount,
            @Schema(description = "Consumption tax rate in percent", allowableValues = {"0", "8", "10"},
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "10") Integer taxRate) {
    }

    record RateJson(int taxRate, boolean reduced, long amount, long tax) {
    }

    record InvoiceCalculation(List<RateJson> byRate, long totalAmount, long totalTax, long total,
            boolean amountsIncludeTax, String rounding) {
        static InvoiceCalculation of(InvoiceTax.Result r, InvoiceTax.Rounding rounding) {
            return new InvoiceCalculation(
                    r.byRate().stream().map(t -> new RateJson(t.taxRate(), t.reduced(), t.amount(), t.tax())).toList(),
                    r.totalAmount(), r.totalTax(), r.total(), r.amountsIncludeTax(), rounding.name());
        }
    }

    @PostMapping(path = "/api/v1/calculations/invoice", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Totals and consumption tax of a qualified invoice",
            description = "Sums the lines per tax rate and computes the consumption tax once per rate (never per line), "
                    + "rounded DOWN unless told otherwise (RULES-JP §3). With amountsIncludeTax the tax of a rate is "
                    + "amount × rate / (100 + rate) and total = totalAmount; otherwise amount × rate / 100 and "
                    + "total = totalAmount + totalTax. The same engine issues Hataraku's invoices.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = InvoiceCalculationRequest.class))))
    @ApiResponse(responseCode = "200", description = "The totals by rate",
            content = @Content(schema = @Schema(implementation = InvoiceCalculation.class)))
    @ApiResponse(responseCode = "400", description = "Invalid fields: problem details whose errors name each field, e.g. lines[1].taxRate")
    ResponseEntity<?> invoice(@RequestBody JsonNode body, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<InvoiceTax.Line> lines = new ArrayList<>();
        boolean inclusive = false;
        InvoiceTax.Rounding rounding = InvoiceTax.Rounding.DOWN;
        if (body == null || !body.isObject()) {
            errors.add(error("", "billing.api.object"));
        } else {
            readLines(body.get("lines"), lines, errors);
            JsonNode inc = body.get("amountsIncludeTax");
            if (inc != null && !inc.isNull()) {
                if (inc.isBoolean()) {
                    inclusive = inc.booleanValue();
                } else {
                    errors.add(error("amountsIncludeTax", "billing.api.boolean"));
                }
            }
            JsonNode contractor = body.get("contractorId");
            if (contractor != null && !contractor.isNull()) {
                if (contractor.isIntegralNumber() && contractor.canConvertToLong()) {
                    rounding = invoices.rounding(contractor.longValue());
                } else {
                    errors.add(error("contractorId", "billing.api.integer"));
                }
            }
            JsonNode r = body.get("rounding");
            if (r != null && !r.isNull()) {
                try {
                    rounding = InvoiceTax.Rounding.valueOf(r.isString() ? r.stringValue() : "?");
                } catch (IllegalArgumentException e) {
                    errors.add(error("rounding", "billing.api.rounding"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return FieldProblems.badRequest("invalid-invoice-calculation", errors, messages,
                    locale);
        }
        return ResponseEntity.ok(InvoiceCalculation.of(InvoiceTax.compute(lines, inclusive, rounding), rounding));
    }

    private static void readLines(JsonNode node, List<InvoiceTax.Line> lines, List<FieldError> errors) {
        if (node == null || node.isNull() || !node.isArray() || node.size() == 0 || node.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "billing.api.lines", List.of(Integer.toString(MAX_LINES))));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "lines[" + i + "]";
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                errors.add(error(at, "billing.api.object"));
                continue;
            }
            int before = errors.size();
            JsonNode description = line.get("description");
            if (description == null || !description.isString() || description.stringValue().isBlank()) {
                errors.add(error(at + ".description", "billing.error.description"));
            }
            JsonNode amount = line.get("amount");
            if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong()
                    || Math.abs(amount.longValue()) > InvoiceService.MAX_AMOUNT) {
                errors.add(error(at + ".amount", "billing.api.amount"));
            }
            JsonNode rate = line.get("taxRate");
            if (rate == null || !rate.isIntegralNumber() || !rate.canConvertToInt() || !InvoiceTax.isRate(rate.intValue())) {
                errors.add(error(at + ".taxRate", "billing.error.taxRate"));
            }
            if (errors.size() == before) {
                lines.add(new InvoiceTax.Line(description.stringValue(), amount.longValue(), rate.intValue()));
            }
        }
    }

    private static FieldError error(String field, String code) {
        return new FieldError(field, code, List.of());
    }
}
