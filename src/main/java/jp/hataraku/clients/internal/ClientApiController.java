package jp.hataraku.clients.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.clients.ClientType;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.Checked;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Clients as JSON: staff read and create; a client user reads their own company only. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Client companies of the contractor (staff; a client user sees only their own)")
class ClientApiController {

    private final ClientService service;
    private final ClientRepository clients;
    private final ClientAccess access;
    private final Organizations organizations;
    private final MessageSource messages;

    ClientApiController(ClientService service, ClientRepository clients, ClientAccess access,
            Organizations organizations, MessageSource messages) {
        this.service = service;
        this.clients = clients;
        this.access = access;
        this.organizations = organizations;
        this.messages = messages;
    }

    record ClientResponse(long id, long contractorId, String name, String nameKana, String corporateNumber,
            ClientType type, String address, String note) {
        static ClientResponse of(ClientRecord c) {
            return new ClientResponse(c.id(), c.contractorId(), c.name(), c.nameKana(), c.corporateNumber().orElse(null),
                    c.type(), c.address(), c.note());
        }
    }

    record NewClientRequest(Long contractorId, String name, String nameKana, String corporateNumber, String type,
            String address, String note) {
    }

    @GetMapping
    @Operation(summary = "List clients", description = "Staff: every client, by kana. A client user: their own companies.")
    List<ClientResponse> list() {
        CurrentUser user = access.user();
        return clients.all().stream()
                .filter(c -> ClientAccess.isStaff(user) || user.clientScopes().contains(c.id()))
                .map(ClientResponse::of).toList();
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One client")
    @ApiResponse(responseCode = "403", description = "Another company than a client user's own (problem details)")
    @ApiResponse(responseCode = "404", description = "No such client (problem details)")
    ClientResponse get(@PathVariable long id) {
        return ClientResponse.of(access.visible(id));
    }

    @PostMapping
    @Operation(summary = "Create a client", description = "Staff only. Invalid fields answer 400 with an errors list.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new client")
    @ApiResponse(responseCode = "400", description = "Invalid fields (problem details with errors)")
    ResponseEntity<?> create(@RequestBody NewClientRequest body, Locale locale) {
        Checked<ClientDetails> checked = ClientInput.client(body.name(), body.nameKana(), body.corporateNumber(),
                body.type(), body.address(), body.note());
        boolean contractorKnown = body.contractorId() != null
                && organizations.contractor(body.contractorId()).isPresent();
        if (!checked.isValid() || !contractorKnown) {
            List<Map<String, String>> errors = new java.util.ArrayList<>(checked.errors().stream()
                    .map(e -> Map.of("field", e.field(), "code", e.code(),
                            "message", messages.getMessage(e.code(), e.argArray(), e.code(), locale)))
                    .toList());
            if (!contractorKnown) {
                errors.add(Map.of("field", "contractorId", "code", "clients.error.choose",
                        "message", messages.getMessage("clients.error.choose", null, locale)));
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
            problem.setTitle("Invalid client");
            problem.setType(URI.create("urn:hataraku:problem:invalid-client"));
            problem.setProperty("errors", errors);
            return ResponseEntity.badRequest().body(problem);
        }
        long id = service.createClient(body.contractorId(), checked.get()).get();
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id))
                .body(ClientResponse.of(clients.find(id).orElseThrow()));
    }

    @ExceptionHandler(ClientService.NotFound.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No client with this id.");
        problem.setTitle("Client not found");
        problem.setType(URI.create("urn:hataraku:problem:client-not-found"));
        return problem;
    }

    @ExceptionHandler(ClientAccess.NotVisible.class)
    ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This client is not your company.");
        problem.setTitle("Not allowed");
        problem.setType(URI.create("urn:hataraku:problem:client-not-visible"));
        return problem;
    }
}
