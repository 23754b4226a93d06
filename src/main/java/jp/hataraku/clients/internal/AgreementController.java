package jp.hataraku.clients.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.internal.Forms.AgreementForm;
import jp.hataraku.identity.Audit;
import jp.hataraku.platform.FileStore;
import jp.hataraku.shared.Checked;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service contracts and NDAs of a client: record one, attach the signed PDF, download it, end it. */
@Controller
@RequestMapping("/clients/{id:\\d+}/agreements")
class AgreementController {

    private final ClientService service;
    private final AgreementRepository agreements;
    private final ClientAccess access;
    private final FileStore files;
    private final Audit audit;

    AgreementController(ClientService service, AgreementRepository agreements, ClientAccess access, FileStore files,
            Audit audit) {
        this.service = service;
        this.agreements = agreements;
        this.access = access;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/new")
    String newAgreement(@PathVariable long id, Model model) {
        return form(model, access.visible(id), new AgreementForm());
    }

    @PostMapping("/new")
    String create(@PathVariable long id, @ModelAttribute("form") AgreementForm form, BindingResult binding,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Model model,
            RedirectAttributes redirect) throws IOException {
        ClientRecord client = access.visible(id);
        Checked<ClientInput.AgreementInput> checked = ClientInput.agreement(form.getKind(), form.getValidFrom(),
                form.getValidTo(), form.getStatus());
        if (!checked.isValid()) {
            Forms.reject(binding, checked.errors());
            return form(model, client, form);
        }
        Optional<ClientService.Upload> file = upload == null || upload.isEmpty() ? Optional.empty()
                : Optional.of(new ClientService.Upload(upload.getInputStream(), fileName(upload)));
        Checked<Long> created = service.createAgreement(client, checked.get(), file);
        if (!created.isValid()) {
            Forms.reject(binding, created.errors());
            return form(model, client, form);
        }
        redirect.addFlashAttribute("done", "clients.saved.agreement");
        return "redirect:/clients/" + id + "#agreements";
    }

    @PostMapping("/{agreementId:\\d+}/signed-copy")
    String attach(@PathVariable long id, @PathVariable long agreementId,
            @RequestParam(name = "upload", required = false) MultipartFile upload, RedirectAttributes redirect)
            throws IOException {
        Agreement agreement = agreement(id, agreementId);
        if (upload == null || upload.isEmpty()) {
            redirect.addFlashAttribute("actionError", "clients.error.file.missing");
        } else {
            ClientService.UploadOutcome outcome = service.attachSigned(agreement,
                    new ClientService.Upload(upload.getInputStream(), fileName(upload)));
            if (outcome == ClientService.UploadOutcome.STORED) {
                redirect.addFlashAttribute("done", "clients.saved.signedCopy");
            } else {
                redirect.addFlashAttribute("actionError", ClientService.fileError(outcome));
            }
        }
        return "redirect:/clients/" + id + "#agreements";
    }

    @GetMapping("/{agreementId:\\d+}/signed-copy")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long agreementId) {
        Agreement agreement = agreement(id, agreementId);
        Agreement.SignedFile file = agreement.file().orElseThrow(ClientService.NotFound::new);
        InputStream in = files.open(file.sha256()).orElseThrow(ClientService.NotFound::new);
        audit.sensitiveRead("agreement signed copy", "agreement", agreementId);
        String name = file.name() == null || file.name().isBlank()
                ? (agreement.kind() == AgreementKind.NDA ? "nda" : "contract") + "-" + agreementId + ".pdf" : file.name();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }

    @PostMapping("/{agreementId:\\d+}/terminate")
    String terminate(@PathVariable long id, @PathVariable long agreementId, RedirectAttributes redirect) {
        if (service.terminate(agreement(id, agreementId))) {
            redirect.addFlashAttribute("done", "clients.saved.terminated");
        } else {
            redirect.addFlashAttribute("actionError", "clients.error.transition");
        }
        return "redirect:/clients/" + id + "#agreements";
    }

    private Agreement agreement(long clientId, long agreementId) {
        access.visible(clientId);
        return agreements.find(agreementId).filter(a -> a.clientId() == clientId)
                .orElseThrow(ClientService.NotFound::new);
    }

    private static String fileName(MultipartFile upload) {
        String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private String form(Model model, ClientRecord client, AgreementForm form) {
        model.addAttribute("form", form);
        model.addAttribute("client", client);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", new AgreementStatus[] {AgreementStatus.SIGNED, AgreementStatus.DRAFT});
        return "clients/agreement-form";
    }
}
