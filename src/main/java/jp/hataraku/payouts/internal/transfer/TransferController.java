package jp.hataraku.payouts.internal.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Transfer pages: confirmed periods, a period's validation report, and the two downloads. */
@Controller
@RequestMapping("/payouts/transfers")
class TransferController {

    private final TransferService transfers;
    private final JapaneseDates dates;

    TransferController(TransferService transfers, JapaneseDates dates) {
        this.transfers = transfers;
        this.dates = dates;
    }

    @GetMapping
    String periods(Model model) {
        Map<Contractor, List<PayPeriodSummary>> byContractor = new LinkedHashMap<>();
        for (Contractor c : transfers.contractors()) {
            byContractor.put(c, transfers.confirmedPeriods(c.id()));
        }
        model.addAttribute("byContractor", byContractor);
        return "payouts/transfer/periods";
    }

    /** Transfers listed on the page unless all are asked for: 100,000 rows would not render usefully. */
    static final int SHOWN = 1_000;

    @GetMapping("/periods/{periodId:\\d+}")
    String report(@PathVariable long periodId, @RequestParam(defaultValue = "false") boolean all, Model model) {
        TransferReport report = transfers.report(periodId);
        model.addAttribute("r", report);
        model.addAttribute("shown", all || report.payable().size() <= SHOWN ? report.payable()
                : report.payable().subList(0, SHOWN));
        model.addAttribute("history", transfers.history(periodId));
        model.addAttribute("dates", dates);
        model.addAttribute("csvColumns", TransferService.CSV_COLUMNS);
        return "payouts/transfer/report";
    }

    @PostMapping("/periods/{periodId:\\d+}/zengin")
    ResponseEntity<byte[]> zengin(@PathVariable long periodId) {
        return download(transfers.generate(periodId, TransferService.Format.ZENGIN));
    }

    @PostMapping("/periods/{periodId:\\d+}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long periodId) {
        return download(transfers.generate(periodId, TransferService.Format.CSV));
    }

    private static ResponseEntity<byte[]> download(TransferService.Generated file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .body(file.bytes());
    }

    @ExceptionHandler(TransferService.NoSuchPeriod.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(TransferService.NotReady.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notReady() {
        return "error/error";
    }
}
