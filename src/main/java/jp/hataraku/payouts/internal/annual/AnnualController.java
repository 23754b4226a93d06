package jp.hataraku.payouts.internal.annual;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.shared.TokyoClock;
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

/** Staff pages of the annual payment record: the year's payees, the e-filing CSV and each slip. */
@Controller
@RequestMapping("/payouts/annual")
class AnnualController {

    private final AnnualService annual;
    private final SlipPdf slips;
    private final TokyoClock clock;

    AnnualController(AnnualService annual, SlipPdf slips, TokyoClock clock) {
        this.annual = annual;
        this.slips = slips;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam Optional<Long> contractorId, @RequestParam Optional<Integer> year, Model model) {
        int defaultYear = clock.today().getYear() - 1;
        int chosenYear = year.flatMap(y -> AnnualService.year(y)).map(Year::getValue).orElse(defaultYear);
        model.addAttribute("contractors", annual.contractors());
        model.addAttribute("year", chosenYear);
        model.addAttribute("contractorId", contractorId.orElse(null));
        model.addAttribute("myNumbersStored", annual.myNumbersStored());
        contractorId.ifPresent(id -> model.addAttribute("record", annual.record(id, Year.of(chosenYear))));
        return "payouts/annual/record";
    }

    @PostMapping("/{contractorId:\\d+}/{year:\\d{4}}/records")
    ResponseEntity<byte[]> export(@PathVariable long contractorId, @PathVariable int year) {
        AnnualService.Export export = annual.export(contractorId, AnnualService.year(year).orElseThrow(AnnualService.NotFound::new));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=Shift_JIS")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.bytes());
    }

    @GetMapping("/{contractorId:\\d+}/{year:\\d{4}}/workers/{workerId:\\d+}/slip")
    ResponseEntity<byte[]> slip(@PathVariable long contractorId, @PathVariable int year, @PathVariable long workerId,
            Locale locale) {
        Year y = AnnualService.year(year).orElseThrow(AnnualService.NotFound::new);
        Contractor payer = annual.contractors().stream().filter(c -> c.id() == contractorId).findFirst()
                .orElseThrow(AnnualService.NotFound::new);
        return slips.render(payer, y, annual.slip(contractorId, y, workerId), locale);
    }

    @ExceptionHandler(AnnualService.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
