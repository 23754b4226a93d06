package jp.hataraku.clients.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.clients.Agreements;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.platform.DetectedType;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients module: its public face ({@link Clients}) and what its pages do. Audited. */
@Service
class ClientService implements Clients {

    /** Signed agreements are PDFs of at most 10 MB. */
    static final long MAX_AGREEMENT_BYTES = 10L * 1024 * 1024;

    private final ClientRepository clients;
    private final LeadRepository leads;
    private final AgreementRepository agreements;
    private final QuoteRepository quotes;
    private final Organizations organizations;
    private final Workers workers;
    private final Accounts accounts;
    private final Audit audit;
    private final FileStore files;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ClientService(ClientRepository clients, LeadRepository leads, AgreementRepository agreements,
            QuoteRepository quotes, Organizations organizations, Workers workers, Accounts accounts, Audit audit,
            FileStore files, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.clients = clients;
        this.leads = leads;
        this.agreements = agreements;
        this.quotes = quotes;
        this.organizations = organizations;
        this.workers = workers;
        this.accounts = accounts;
        this.audit = audit;
        this.files = files;
    }

    // ---- the public face -------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Map<Long, jp.hataraku.clients.ClientType> typesOf(java.util.Collection<Long> clientIds) {
        return clients.typesOf(clientIds);
    }

    @Override
    public Optional<ClientSummary> find(long clientId) {
        return clients.find(clientId).map(ClientRecord::summary);
    }

    @Override
    public List<ClientSummary> list(long contractorId) {
        return clients.byContractor(contractorId).stream().map(ClientRecord::summary).toList();
    }

    @Override
    public Agreements agreementsOn(long clientId, LocalDate date) {
        List<Agreement> inForce = agreements.ofClient(clientId).stream().filter(a -> a.inForceOn(date)).toList();
        return new Agreements(latest(inForce, AgreementKind.SERVICE_CONTRACT), latest(inForce, AgreementKind.NDA));
    }

    private static Optional<Long> latest(List<Agreement> inForce, AgreementKind kind) {
        return inForce.stream().filter(a -> a.kind() == kind)
                .max(java.util.Comparator.comparing(Agreement::from).thenComparing(Agreement::id))
                .map(Agreement::id);
    }

    @Override
    @Transactional
    public long create(NewClient client) {
        Checked<ClientDetails> checked = ClientInput.client(client.name(), client.nameKana(),
                client.corporateNumber().orElse(""), client.type() == null ? "" : client.type().name(), "", "");
        if (!checked.isValid()) {
            throw new IllegalArgumentException("invalid client: " + checked.errors());
        }
        return insertClient(client.contractorId(), checked.get());
    }

    @Override
    @Transactional
    public long recordAgreement(long clientId, AgreementKind kind, LocalDate from, LocalDate to) {
        ClientRecord client = clients.find(clientId).orElseThrow(() -> new IllegalArgumentException("no such client"));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an agreement ends on or after its first day");
        }
        long id = agreements.insert(client.contractorId(), clientId, kind, from, to, AgreementStatus.SIGNED);
        audit.change("AGREEMENT_RECORDED", "agreement", id, null,
                Map.of("client", clientId, "kind", kind.name(), "from", from.toString(), "to", to.toString()));
        return id;
    }

    @Override
    @Transactional
    public long recordLead(NewLead lead) {
        if (lead.companyName() == null || lead.companyName().isBlank() || lead.source() == null) {
            throw new IllegalArgumentException("a lead needs a company name and a source");
        }
        requireContractor(lead.contractorId());
        long id = leads.insert(lead);
        audit.change("LEAD_RECORDED", "lead", id, null, Map.of("company", lead.companyName(),
                "source", lead.source().name()));
        return id;
    }

    // ---- clients -----------------------------------------------------------------------------

    /** The new client's id, or each field's problem. Writes nothing on error. */
    @Transactional
    Checked<Long> createClient(long contractorId, ClientDetails details) {
        return Checked.valid(insertClient(contractorId, details));
    }

    private long insertClient(long contractorId, ClientDetails details) {
        requireContractor(contractorId);
        long id = clients.insert(contractorId, details);
        audit.change("CLIENT_CREATED", "client", id, null, Map.of("name", details.name(), "type", details.type().name()));
        return id;
    }

    private void requireContractor(long contractorId) {
        if (organizations.contractor(contractorId).isEmpty()) {
            throw new IllegalArgumentException("no such contractor");
        }
    }

    @Transactional
    void updateClient(ClientRecord before, ClientDetails details) {
        clients.update(before.id(), details);
        audit.change("CLIENT_UPDATED", "client", before.id(), Map.of("name", before.name()),
                Map.of("name", details.name()));
        events.publishEvent(new jp.hataraku.clients.ClientChanged(before.id(), before.contractorId()));
    }

    @Transactional
    long addContact(ClientRecord client, ContactDetails contact) {
        long id = clients.insertContact(client.contractorId(), client.id(), contact);
        audit.change("CLIENT_CONTACT_ADDED", "client_contact", id, null, Map.of("client", client.id()));
        return id;
    }

    /** What came of opening a portal sign-in for a contact. */
    enum PortalAccountOutcome { CREATED, NO_EMAIL, EMAIL_TAKEN, ALREADY }

    /**
     * Opens a portal sign-in (CLIENT_USER for this client) for a contact: the account gets a random
     * password nobody knows, and the contact a mailed link to choose their own.
     */
    @Transactional
    PortalAccountOutcome openPortalAccount(ClientRecord client, Contact contact, Locale locale) {
        if (contact.accountId().isPresent()) {
            return PortalAccountOutcome.ALREADY;
        }
        if (contact.email().isBlank()) {
            return PortalAccountOutcome.NO_EMAIL;
        }
        if (accounts.emailTaken(contact.email())) {
            return PortalAccountOutcome.EMAIL_TAKEN;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        long account = accounts.createAccount(contact.email(), contact.name(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                List.of(new RoleGrant(Role.CLIENT_USER, client.id())));
        clients.linkAccount(contact.id(), account);
        audit.change("CLIENT_PORTAL_ACCOUNT_OPENED", "client_contact", contact.id(), null,
                Map.of("client", client.id(), "account", account));
        accounts.sendPasswordSetupLink(contact.email(), locale);
        return PortalAccountOutcome.CREATED;
    }

    @Transactional
    void logClientActivity(ClientRecord client, ClientInput.ActivityInput a, CurrentUser by) {
        clients.insertActivity(client.contractorId(), null, client.id(), a.date(), a.kind(), a.note(), by.accountId(),
                by.displayName());
    }

    // ---- leads -------------------------------------------------------------------------------

    /** The new lead's id, or each field's problem (an owner who is not a worker). */
    @Transactional
    Checked<Long> createLead(long contractorId, ClientInput.LeadInput in) {
        if (in.owner().isPresent() && workers.find(in.owner().get()).isEmpty()) {
            return Checked.invalid(List.of(new FieldError("ownerWorkerId", "clients.error.owner", List.of())));
        }
        return Checked.valid(recordLead(new NewLead(contractorId, in.companyName(), in.companyKana(), in.source(),
                in.owner(), in.note(), in.receivedOn())));
    }

    /** Moves a lead to a stage chosen by hand; false when the stage may not follow (nothing changes). */
    @Transactional
    boolean moveLead(long leadId, LeadStage target) {
        Lead lead = leads.lock(leadId).orElseThrow(NotFound::new);
        if (!lead.stage().manualNext().contains(target)) {
            return false;
        }
        leads.setStage(leadId, target);
        audit.change("LEAD_STAGE", "lead", leadId, Map.of("stage", lead.stage().name()), Map.of("stage", target.name()));
        return true;
    }

    /**
     * Turns a lead into a client: the new client's id, with the lead WON and linked to it; or the
     * client form's problems, or {@code clients.error.leadStage} (no field) when the lead may not
     * convert. Writes nothing on error.
     */
    @Transactional
    Checked<Long> convertLead(long leadId, ClientDetails details) {
        Lead lead = leads.lock(leadId).orElseThrow(NotFound::new);
        if (!lead.stage().mayConvert()) {
            return Checked.invalid(List.of(new FieldError(null, "clients.error.leadStage", List.of())));
        }
        long client = insertClient(lead.contractorId(), details);
        leads.convert(leadId, client);
        audit.change("LEAD_CONVERTED", "lead", leadId, Map.of("stage", lead.stage().name()),
                Map.of("stage", LeadStage.WON.name(), "client", client));
        return Checked.valid(client);
    }

    @Transactional
    void logLeadActivity(Lead lead, ClientInput.ActivityInput a, CurrentUser by) {
        clients.insertActivity(lead.contractorId(), lead.id(), null, a.date(), a.kind(), a.note(), by.accountId(),
                by.displayName());
    }

    // ---- quotes and agreements ---------------------------------------------------------------

    @Transactional
    long createQuote(ClientRecord client, ClientInput.QuoteInput q) {
        QuoteTotals.of(q.lines()); // refuses amounts that overflow before anything is written
        long id = quotes.insert(client.contractorId(), client.id(), q.title(), q.issuedOn(), q.validUntil(), q.lines());
        audit.change("QUOTE_CREATED", "quote", id, null, Map.of("client", client.id()));
        return id;
    }

    /** What became of an upload. */
    enum UploadOutcome { STORED, NOT_PDF, TOO_LARGE }

    /**
     * Creates an agreement, with its signed PDF if one came; nothing is written when the file is
     * refused (a file that is not a PDF by its content, or over 10 MB).
     */
    @Transactional
    Checked<Long> createAgreement(ClientRecord client, ClientInput.AgreementInput in, Optional<Upload> upload) {
        Optional<StoredFile> stored = Optional.empty();
        if (upload.isPresent()) {
            UploadResult result = store(upload.get());
            if (result.outcome() != UploadOutcome.STORED) {
                return Checked.invalid(List.of(new FieldError("file", fileError(result.outcome()), List.of())));
            }
            stored = Optional.of(result.file());
        }
        long id = agreements.insert(client.contractorId(), client.id(), in.kind(), in.from(), in.to(), in.status());
        if (stored.isPresent()) {
            agreements.attachFile(id, stored.get(), upload.get().name());
        }
        audit.change("AGREEMENT_CREATED", "agreement", id, null, Map.of("client", client.id(), "kind", in.kind().name(),
                "status", in.status().name(), "from", in.from().toString(), "to", in.to().toString()));
        return Checked.valid(id);
    }

    /** Attaches a signed copy and marks a draft signed. */
    @Transactional
    UploadOutcome attachSigned(Agreement agreement, Upload upload) {
        UploadResult result = store(upload);
        if (result.outcome() != UploadOutcome.STORED) {
            return result.outcome();
        }
        agreements.attachFile(agreement.id(), result.file(), upload.name());
        if (agreement.status() == AgreementStatus.DRAFT) {
            agreements.setStatus(agreement.id(), AgreementStatus.SIGNED);
        }
        audit.change("AGREEMENT_SIGNED_COPY", "agreement", agreement.id(), null,
                Map.of("sha256", result.file().sha256(), "size", result.file().size()));
        return UploadOutcome.STORED;
    }

    /** Ends an agreement early; false when it may not (already terminated). */
    @Transactional
    boolean terminate(Agreement agreement) {
        if (!agreement.status().mayMoveTo(AgreementStatus.TERMINATED)) {
            return false;
        }
        agreements.setStatus(agreement.id(), AgreementStatus.TERMINATED);
        audit.change("AGREEMENT_TERMINATED", "agreement", agreement.id(), Map.of("status", agreement.status().name()),
                Map.of("status", AgreementStatus.TERMINATED.name()));
        return true;
    }

    static String fileError(UploadOutcome outcome) {
        return outcome == UploadOutcome.TOO_LARGE ? "clients.error.file.tooLarge" : "clients.error.file.notPdf";
    }

    /** An uploaded file: its bytes and the name the browser gave it. */
    record Upload(InputStream content, String name) {
    }

    private record UploadResult(UploadOutcome outcome, StoredFile file) {
    }

    private UploadResult store(Upload upload) {
        try (InputStream in = upload.content()) {
            StoredFile file = files.put(in, MAX_AGREEMENT_BYTES);
            if (file.type() != DetectedType.PDF) {
                return new UploadResult(UploadOutcome.NOT_PDF, null);
            }
            return new UploadResult(UploadOutcome.STORED, file);
        } catch (FileStore.TooLarge e) {
            return new UploadResult(UploadOutcome.TOO_LARGE, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A record that does not exist (answered 404). */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }
}
