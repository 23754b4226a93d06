package jp.hataraku.clients.internal;

import java.util.ArrayList;
import java.util.List;

import jp.hataraku.shared.FieldError;
import org.springframework.validation.BindingResult;

/** The clients module's form objects: text as typed, read by {@link ClientInput}. */
final class Forms {

    private Forms() {
    }

    /** Puts each problem on the form's field (or the form itself) for the page to show. */
    static void reject(BindingResult binding, List<FieldError> errors) {
        for (FieldError e : errors) {
            if (e.field() == null) {
                binding.reject(e.code(), e.argArray(), e.code());
            } else {
                binding.rejectValue(e.field(), e.code(), e.argArray(), e.code());
            }
        }
    }

    public static class ClientForm {
        private String name = "";
        private String nameKana = "";
        private String corporateNumber = "";
        private String type = "";
        private String address = "";
        private String note = "";
        private String contractorId = "";

        static ClientForm of(ClientRecord c) {
            ClientForm f = new ClientForm();
            f.name = c.name();
            f.nameKana = c.nameKana();
            f.corporateNumber = c.corporateNumber().orElse("");
            f.type = c.type().name();
            f.address = c.address();
            f.note = c.note();
            f.contractorId = String.valueOf(c.contractorId());
            return f;
        }

        static ClientForm ofLead(Lead lead) {
            ClientForm f = new ClientForm();
            f.name = lead.companyName();
            f.nameKana = lead.companyKana();
            return f;
        }

        jp.hataraku.shared.Checked<ClientDetails> check() {
            return ClientInput.client(name, nameKana, corporateNumber, type, address, note);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getNameKana() { return nameKana; }
        public void setNameKana(String v) { nameKana = v; }
        public String getCorporateNumber() { return corporateNumber; }
        public void setCorporateNumber(String v) { corporateNumber = v; }
        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getContractorId() { return contractorId; }
        public void setContractorId(String v) { contractorId = v; }
    }

    public static class ContactForm {
        private String name = "";
        private String nameKana = "";
        private String department = "";
        private String email = "";
        private String phone = "";

        jp.hataraku.shared.Checked<ContactDetails> check() {
            return ClientInput.contact(name, nameKana, department, email, phone);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getNameKana() { return nameKana; }
        public void setNameKana(String v) { nameKana = v; }
        public String getDepartment() { return department; }
        public void setDepartment(String v) { department = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
    }

    public static class ActivityForm {
        private String activityDate = "";
        private String kind = "";
        private String note = "";

        public String getActivityDate() { return activityDate; }
        public void setActivityDate(String v) { activityDate = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public static class LeadForm {
        private String companyName = "";
        private String companyKana = "";
        private String source = "";
        private String ownerWorkerId = "";
        private String note = "";
        private String receivedOn = "";
        private String contractorId = "";

        public String getCompanyName() { return companyName; }
        public void setCompanyName(String v) { companyName = v; }
        public String getCompanyKana() { return companyKana; }
        public void setCompanyKana(String v) { companyKana = v; }
        public String getSource() { return source; }
        public void setSource(String v) { source = v; }
        public String getOwnerWorkerId() { return ownerWorkerId; }
        public void setOwnerWorkerId(String v) { ownerWorkerId = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String v) { receivedOn = v; }
        public String getContractorId() { return contractorId; }
        public void setContractorId(String v) { contractorId = v; }
    }

    public static class AgreementForm {
        private String kind = "";
        private String validFrom = "";
        private String validTo = "";
        private String status = "SIGNED";
        private String file = "";

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getValidTo() { return validTo; }
        public void setValidTo(String v) { validTo = v; }
        public String getStatus() { return status; }
        public void setStatus(String v) { status = v; }
        /** Only a field to hang the upload's error on; the file itself comes as a request part. */
        public String getFile() { return file; }
        public void setFile(String v) { file = v; }
    }

    public static class QuoteForm {
        static final int ROWS = 5;

        private String title = "";
        private String issuedOn = "";
        private String validUntil = "";
        private List<LineForm> lines = new ArrayList<>();

        QuoteForm() {
            pad();
        }

        /** Keeps at least {@link #ROWS} rows for typing. */
        void pad() {
            while (lines.size() < ROWS) {
                lines.add(new LineForm());
            }
        }

        List<ClientInput.LineText> rows() {
            return lines.stream().map(l -> new ClientInput.LineText(l.description, l.quantity, l.unit, l.unitPrice,
                    l.taxRate)).toList();
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getIssuedOn() { return issuedOn; }
        public void setIssuedOn(String v) { issuedOn = v; }
        public String getValidUntil() { return validUntil; }
        public void setValidUntil(String v) { validUntil = v; }
        public List<LineForm> getLines() { return lines; }
        public void setLines(List<LineForm> v) { lines = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    }

    public static class LineForm {
        private String description = "";
        private String quantity = "";
        private String unit = "";
        private String unitPrice = "";
        private String taxRate = "10";

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String v) { quantity = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getUnitPrice() { return unitPrice; }
        public void setUnitPrice(String v) { unitPrice = v; }
        public String getTaxRate() { return taxRate; }
        public void setTaxRate(String v) { taxRate = v; }
    }
}
