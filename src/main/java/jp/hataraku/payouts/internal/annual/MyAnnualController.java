package jp.hataraku.payouts.internal.annual;

import java.time.Year;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.organization.Contractor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A worker's own withholding slips for a year. The worker is always the signed-in one: no path
 * names a worker, so nobody can ask for another's slip here.
 */
@Controller
@RequestMapping("/me/payments/annual")
class MyAnnualController {

    private final AnnualService annual;
    private final SlipPdf slips;
    private final Accounts accounts;

    MyAnnualController(AnnualService annual, SlipPdf slips, Accounts accounts) {
        this.annual = annual;
        this.slips = slips;
        this.accounts = accounts;
    }

    private long me() {
        return accounts.current().flatMap(CurrentUser::workerId).orElseThrow(AnnualService.NotFound::new);
    }

    @GetMapping("/{year:\\d{4}}")
    String page(@PathVariable int year, Model model) {
        Year y = AnnualService.year(year).orElseThrow(AnnualService.NotFound::new);
        Map<Contractor, AnnualRecord.Payee> mine = annual.slipsOf(me(), y);
        model.addAttribute("year", year);
        model.addAttribute("slips", mine);
        return "payouts/annual/mine";
    }

    @GetMapping("/{year:\\d{4}}/{contractorId:\\d+}/slip")
    ResponseEntity<byte[]> slip(@PathVariable int year, @PathVariable long contractorId, Locale locale) {
        Year y = AnnualService.year(year).orElseThrow(AnnualService.NotFound::new);
        long worker = me();
        Contractor payer = annual.contractors().stream().filter(c -> c.id() == contractorId).findFirst()
                .orElseThrow(AnnualService.NotFound::new);
        return slips.render(payer, y, annual.slip(contractorId, y, worker), locale);
    }

    @ExceptionHandler(AnnualService.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
